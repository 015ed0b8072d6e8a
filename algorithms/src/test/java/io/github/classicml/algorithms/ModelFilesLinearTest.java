package io.github.classicml.algorithms;

import io.github.classicml.algorithms.linear.LinearRegressionModel;
import io.github.classicml.algorithms.linear.StepwiseModel;
import io.github.classicml.algorithms.linear.StepwiseRegression;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Datasets;
import org.junit.jupiter.api.Test;

import static io.github.classicml.algorithms.ModelFilesTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The linear codecs refuse what a fit cannot produce, with the fitting checks' messages. */
class ModelFilesLinearTest {

    @Test
    void linearRegression_invalidStatistics_areRejected() {
        byte[] golden = ModelFileEdits.golden("LinearRegressionModel");
        assertEquals("x: coefficients must be finite; entry 2 is NaN",
                message(ModelFileEdits.withDouble(golden, "coefficients", 2, Double.NaN)));
        assertEquals("x: rows must be more than the model's parameters (11), got 11",
                message(ModelFileEdits.replaced(golden, "\"rows\":442", "\"rows\":11")));
        assertEquals("x: residualSumOfSquares must be >= 0 and finite, got -1",
                message(ModelFileEdits.replaced(golden, "\"residualSumOfSquares\":", "\"residualSumOfSquares\":-1,\"was\":")));
        assertEquals("x: norms must be > 0; entry 0 is 0", message(ModelFileEdits.withDouble(golden, "norms", 0, 0.0)));
        assertEquals("x: scaledInverse must be finite; entry 1 is Infinity",
                message(ModelFileEdits.withDouble(golden, "scaledInverse", 1, Double.POSITIVE_INFINITY)));
        assertEquals("x: data.coefficients must hold 11 values (11 columns), got 10",
                message(ModelFileEdits.replaced(golden, "\"s6_glu\"]", "\"s6_glu\",\"s7\"]")));
    }

    @Test
    void linearRegression_unitExponentsBeyondAnyDouble_areRejected() {
        byte[] golden = ModelFileEdits.golden("LinearRegressionModel-extremeScale");
        assertEquals("x: columnExponents must be in [-1100, 1100]; entry 3 is 5000",
                message(ModelFileEdits.withInt(golden, "columnExponents", 3, 5000)));
        assertEquals("x: targetExponent must be in [-1100, 1100], got -1101",
                message(ModelFileEdits.replaced(golden, "\"targetExponent\":890", "\"targetExponent\":-1101")));
    }

    @Test
    void linearRegression_noIntercept_withANonZeroIntercept_isRejected() {
        byte[] golden = ModelFileEdits.golden("LinearRegressionModel-noIntercept");
        assertEquals("x: intercept must be 0 when fitIntercept is false, got 3",
                message(ModelFileEdits.replaced(golden, "\"intercept\":0.0", "\"intercept\":3")));
    }

    @Test
    void ridgeAndElasticNet_invalidValues_areRejected() {
        byte[] ridge = ModelFileEdits.golden("RidgeModel");
        assertEquals("x: alpha must be > 0 and finite, got 0", message(ModelFileEdits.replaced(ridge, "\"alpha\":0.5", "\"alpha\":0")));
        assertEquals("x: effectiveDegreesOfFreedom must be in [0, 10], got 11", message(ModelFileEdits.replaced(ridge,
                "\"effectiveDegreesOfFreedom\":", "\"effectiveDegreesOfFreedom\":11,\"was\":")));
        byte[] net = ModelFileEdits.golden("ElasticNetModel");
        assertEquals("x: l1Ratio must be in [0, 1], got 1.5",
                message(ModelFileEdits.replaced(net, "\"l1Ratio\":0.3", "\"l1Ratio\":1.5")));
        assertEquals("x: learner.kind must be a string, got 7", message(ModelFileEdits.replaced(net, "\"ElasticNet\"", "7")));
        assertEquals("x: iterations must be <= maxIterations (999), got 1000",
                message(ModelFileEdits.replaced(net, "\"maxIterations\":1000", "\"maxIterations\":999")));
    }

    @Test
    void logistic_invalidClassesOrWeights_areRejected() {
        byte[] golden = ModelFileEdits.golden("LogisticRegressionModel");
        assertEquals("x: fittedClasses must hold class indices in [0, 2]; entry 2 is 3",
                message(ModelFileEdits.withInt(golden, "fittedClasses", 2, 3)));
        assertEquals("x: fittedClasses must be increasing; entry 1 is 0 after 0",
                message(ModelFileEdits.withInt(golden, "fittedClasses", 1, 0)));
        assertEquals("x: weights must be finite; entry 3 is NaN",
                message(ModelFileEdits.withDouble(golden, "weights", 3, Double.NaN)));
        assertEquals("x: classWeights must hold one weight per class (3), got 2", message(ModelFileEdits.replaced(golden,
                "\"rule\":\"UNIFORM\",\"values\":[]", "\"rule\":\"GIVEN\",\"values\":[1,2]")));
        byte[] binary = ModelFileEdits.golden("LogisticRegressionModel-binaryUnpenalised");
        assertEquals("x: standardErrors must be >= 0; entry 4 is -1",
                message(ModelFileEdits.withDouble(binary, "standardErrors", 4, -1)));
    }

    @Test
    void gradientDescent_invalidValues_areRejected() {
        byte[] golden = ModelFileEdits.golden("GradientDescentClassifierModel");
        assertEquals("x: power must be 0 unless kind is INVERSE_SCALING, got 0.5",
                message(ModelFileEdits.replaced(golden, "\"power\":0.0", "\"power\":0.5")));
        assertEquals("x: epochs must be <= maxEpochs (50), got 51",
                message(ModelFileEdits.replaced(golden, "\"epochs\":", "\"epochs\":51,\"was\":")));
        byte[] regressor = ModelFileEdits.golden("GradientDescentRegressorModel");
        assertEquals("x: history must be finite; entry 3 is NaN",
                message(ModelFileEdits.withDouble(regressor, "history", 3, Double.NaN)));
        assertEquals("x: learner.optimiser.learningRate.kind must be one of [CONSTANT, INVERSE_SCALING, STEP_DECAY], "
                + "got \"ADAM\"", message(ModelFileEdits.replaced(regressor, "\"INVERSE_SCALING\"", "\"ADAM\"")));
    }

    @Test
    void stepwise_nestedModelIsValidatedByItsOwnCodec_andMustMatchTheSelection() {
        byte[] golden = ModelFileEdits.golden("StepwiseModel");
        assertEquals("x: data.model: coefficients must be finite; entry 0 is NaN",
                message(ModelFileEdits.withDouble(golden, "coefficients", 0, Double.NaN)));
        assertEquals("x: data.model.data.coefficients must hold 7 values (7 columns), got 6",
                message(ModelFileEdits.replaced(golden, "\"s5_ltg\"]", "\"s5_ltg\",\"s6_glu\"]")));
        assertEquals("x: data.model.type must be one of the " + ModelFiles.types().size()
                + " model types of this library (ModelFiles.types()), got \"Nope\"",
                message(ModelFileEdits.replaced(golden, "\"type\":\"LinearRegressionModel\"", "\"type\":\"Nope\"")));
        assertEquals("x: data.model holds a RidgeModel, not a LinearRegressionModel", message(ModelFileEdits.replaced(
                golden, "\"type\":\"LinearRegressionModel\"", "\"type\":\"RidgeModel\"")));
        assertEquals("x: selectedColumns must be increasing; entry 1 is 0 after 1",
                message(ModelFileEdits.withInt(golden, "selectedColumns", 1, 0)));
        assertEquals("x: criterion must be AIC or BIC, got \"MDL\"",
                message(ModelFileEdits.replaced(golden, "\"AIC\"", "\"MDL\"")));
    }

    @Test
    void stepwise_withACriterionOfTheCallersOwn_refusesToSave() {
        Dataset data = Datasets.longley();
        StepwiseModel model = StepwiseRegression.of().withCriterion((candidate, intercept) -> candidate.columns())
                .fit(data);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFiles.toBytes(model));
        assertEquals(true, e.getMessage().startsWith("cannot save a StepwiseModel whose criterion is a function of your own"),
                e.getMessage());
    }

    @Test
    void stepwise_nestedLinearModel_roundTripsOnItsOwnToo() throws Exception {
        StepwiseModel model = StepwiseRegression.of().fit(Datasets.diabetes());
        LinearRegressionModel inner = model.model();
        LinearRegressionModel back = ModelFiles.fromBytes(ModelFiles.toBytes(inner), "inner", LinearRegressionModel.class);
        assertArrayEquals(inner.standardErrors(), back.standardErrors());
        assertEquals(inner.conditionNumber(), back.conditionNumber());
    }
}
