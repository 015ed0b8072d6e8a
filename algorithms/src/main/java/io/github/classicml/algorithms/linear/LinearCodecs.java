package io.github.classicml.algorithms.linear;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;
import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.ArrayList;
import java.util.List;

/**
 * The linear models in model files: the fitted coefficients and the statistics each model reports
 * (standard errors' factorisation, convergence, loss history), checked as a fit produces them: lengths
 * that agree with the column count, finite numbers, counts and iterations within their learner's
 * limits, class indices within the names. Predictions are the same arithmetic on the same bits.
 */
final class LinearCodecs {

    private LinearCodecs() {
    }

    private static double[] finite(String name, double[] values) {
        Check.allFinite(name, values);
        return values;
    }

    private static double finite(String name, double value) {
        return Check.finite(name, value);
    }

    /** A coefficient vector of the width the names imply, finite. */
    private static double[] coefficients(FieldReader in, String name, int columns) {
        return finite(name, in.doubles(name, columns, columns + " columns"));
    }

    private static void columnIndex(String name, int entry, int column, int columns) {
        Check.that(column >= 0 && column < columns, () -> name + " must hold column indices in [0, " + (columns - 1)
                + "]; entry " + entry + " is " + column);
    }

    /** A power-of-two unit's exponent: within what any finite double needs (an entry of -1 is a scalar). */
    private static void unitExponent(String name, int entry, int exponent) {
        int max = LeastSquaresUnits.MAX_EXPONENT;
        Check.that(exponent >= -max && exponent <= max, () -> name + " must be in [-" + max + ", " + max + "]"
                + (entry >= 0 ? "; entry " + entry + " is " : ", got ") + exponent);
    }

    private static void checkInterceptZero(boolean fitIntercept, double intercept) {
        Check.that(fitIntercept || intercept == 0, () -> "intercept must be 0 when fitIntercept is false, got "
                + Check.format(intercept));
    }

    // ------------------------------------------------------------------ ordinary least squares

    static final class Ols implements ModelCodec<LinearRegression, LinearRegressionModel> {

        @Override
        public String type() {
            return "LinearRegressionModel";
        }

        @Override
        public Class<LinearRegressionModel> modelClass() {
            return LinearRegressionModel.class;
        }

        @Override
        public Class<LinearRegression> learnerClass() {
            return LinearRegression.class;
        }

        @Override
        public void writeLearner(LinearRegression learner, FieldWriter out) {
            out.flag("fitIntercept", learner.fitIntercept());
            out.integer("threads", learner.threads());
        }

        @Override
        public LinearRegression readLearner(FieldReader in) {
            return new LinearRegression(in.flag("fitIntercept"), in.intValue("threads"));
        }

        @Override
        public void writeModel(LinearRegressionModel m, FieldWriter out) {
            // the state in the fit's units (the data's own for ordinary data), as the constructor takes it
            out.texts("columnNames", m.columnNames());
            out.number("intercept", m.interceptInFitUnits());
            out.doubles("coefficients", m.coefficientsInFitUnits());
            out.integer("rows", m.rows());
            out.number("residualSumOfSquares", m.residualSumOfSquares);
            out.number("totalSumOfSquares", m.totalSumOfSquares);
            out.flag("weighted", m.weighted);
            out.number("sumLogWeights", m.sumLogWeights);
            out.doubles("xMean", m.xMean);
            out.number("weightSum", m.weightSum);
            out.matrix("scaledInverse", m.scaledInverse);
            out.doubles("norms", m.norms);
            out.number("conditionNumber", m.conditionNumber);
            // the fit's power-of-two units, written only when not 1, so files of ordinary models stay as
            // format version 1 wrote them (and older files, which lack the fields, load with the unit 1)
            int[] columnExponents = m.units.columnExponents();
            if (java.util.Arrays.stream(columnExponents).anyMatch(e -> e != 0)) {
                out.ints("columnExponents", columnExponents);
            }
            if (m.units.targetExponent() != 0) {
                out.integer("targetExponent", m.units.targetExponent());
            }
        }

        @Override
        public LinearRegressionModel readModel(LinearRegression learner, FieldReader in) {
            List<String> names = in.columnNames("columnNames");
            int p = names.size();
            double intercept = finite("intercept", in.number("intercept"));
            checkInterceptZero(learner.fitIntercept(), intercept);
            double[] b = coefficients(in, "coefficients", p);
            int rows = in.intValue("rows");
            int parameters = p + (learner.fitIntercept() ? 1 : 0);
            Check.that(rows > parameters, () -> "rows must be more than the model's parameters (" + parameters
                    + "), got " + rows);
            double rss = Check.nonNegative("residualSumOfSquares", in.number("residualSumOfSquares"));
            double tss = Check.nonNegative("totalSumOfSquares", in.number("totalSumOfSquares"));
            boolean weighted = in.flag("weighted");
            double sumLogWeights = finite("sumLogWeights", in.number("sumLogWeights"));
            Check.that(weighted || sumLogWeights == 0, () -> "sumLogWeights must be 0 for an unweighted fit, got "
                    + Check.format(sumLogWeights));
            double[] xMean = coefficients(in, "xMean", p);
            double weightSum = Check.positive("weightSum", in.number("weightSum"));
            double[][] inverse = in.matrix("scaledInverse");
            Check.that(inverse.length == p && (p == 0 || inverse[0].length == p), () -> "scaledInverse must be "
                    + p + " × " + p + ", got " + inverse.length + " × " + (inverse.length == 0 ? 0 : inverse[0].length));
            for (double[] row : inverse) {
                Check.allFinite("scaledInverse", row);
            }
            double[] norms = coefficients(in, "norms", p);
            for (int j = 0; j < p; j++) {
                if (!(norms[j] > 0)) {
                    int column = j;
                    Check.that(false, () -> "norms must be > 0; entry " + column + " is " + Check.format(norms[column]));
                }
            }
            double condition = Check.atLeast("conditionNumber", in.number("conditionNumber"), 1.0);
            int[] columnExponents = in.has("columnExponents") ? in.ints("columnExponents", p, p + " columns") : new int[p];
            for (int j = 0; j < p; j++) {
                unitExponent("columnExponents", j, columnExponents[j]);
            }
            int targetExponent = in.has("targetExponent") ? in.intValue("targetExponent") : 0;
            unitExponent("targetExponent", -1, targetExponent);
            return new LinearRegressionModel(learner, names, new LeastSquaresUnits(columnExponents, targetExponent),
                    intercept, b, rss, tss, rows, sumLogWeights, weighted, xMean, weightSum,
                    new Factorization(inverse, norms, condition));
        }
    }

    // ------------------------------------------------------------------ ridge

    static final class RidgeCodec implements ModelCodec<Ridge, RidgeModel> {

        @Override
        public String type() {
            return "RidgeModel";
        }

        @Override
        public Class<RidgeModel> modelClass() {
            return RidgeModel.class;
        }

        @Override
        public Class<Ridge> learnerClass() {
            return Ridge.class;
        }

        @Override
        public void writeLearner(Ridge learner, FieldWriter out) {
            out.number("alpha", learner.alpha());
            out.flag("fitIntercept", learner.fitIntercept());
        }

        @Override
        public Ridge readLearner(FieldReader in) {
            return new Ridge(in.number("alpha"), in.flag("fitIntercept"));
        }

        @Override
        public void writeModel(RidgeModel m, FieldWriter out) {
            out.integer("columns", m.columns());
            out.number("intercept", m.intercept());
            out.doubles("coefficients", m.coefficients());
            out.number("effectiveDegreesOfFreedom", m.effectiveDegreesOfFreedom);
        }

        @Override
        public RidgeModel readModel(Ridge learner, FieldReader in) {
            int p = Check.atLeast("columns", in.intValue("columns"), 1);
            double intercept = finite("intercept", in.number("intercept"));
            checkInterceptZero(learner.fitIntercept(), intercept);
            double[] b = coefficients(in, "coefficients", p);
            double edf = Check.inClosedRange("effectiveDegreesOfFreedom", in.number("effectiveDegreesOfFreedom"), 0, p);
            return new RidgeModel(learner, intercept, b, edf);
        }
    }

    // ------------------------------------------------------------------ lasso and elastic net

    static final class ElasticNetCodec implements ModelCodec<PenalizedRegression, ElasticNetModel> {

        @Override
        public String type() {
            return "ElasticNetModel";
        }

        @Override
        public Class<ElasticNetModel> modelClass() {
            return ElasticNetModel.class;
        }

        @Override
        public Class<PenalizedRegression> learnerClass() {
            return PenalizedRegression.class;
        }

        @Override
        public void writeLearner(PenalizedRegression learner, FieldWriter out) {
            if (learner instanceof Lasso) {
                Lasso l = (Lasso) learner;
                out.text("kind", "Lasso");
                out.number("alpha", l.alpha());
                out.flag("fitIntercept", l.fitIntercept());
                out.integer("maxIterations", l.maxIterations());
                out.number("tolerance", l.tolerance());
            } else {
                ElasticNet e = (ElasticNet) learner;
                out.text("kind", "ElasticNet");
                out.number("alpha", e.alpha());
                out.number("l1Ratio", e.l1Ratio());
                out.flag("fitIntercept", e.fitIntercept());
                out.integer("maxIterations", e.maxIterations());
                out.number("tolerance", e.tolerance());
            }
        }

        @Override
        public PenalizedRegression readLearner(FieldReader in) {
            String kind = in.text("kind");
            Check.that(kind.equals("Lasso") || kind.equals("ElasticNet"),
                    () -> "kind must be Lasso or ElasticNet, got \"" + (kind.length() > 40 ? kind.substring(0, 40) : kind) + "\"");
            if (kind.equals("Lasso")) {
                return new Lasso(in.number("alpha"), in.flag("fitIntercept"), in.intValue("maxIterations"),
                        in.number("tolerance"));
            }
            return new ElasticNet(in.number("alpha"), in.number("l1Ratio"), in.flag("fitIntercept"),
                    in.intValue("maxIterations"), in.number("tolerance"));
        }

        @Override
        public void writeModel(ElasticNetModel m, FieldWriter out) {
            out.integer("columns", m.columns());
            out.number("alpha", m.alpha);
            out.number("l1Ratio", m.l1Ratio);
            out.number("intercept", m.intercept());
            out.doubles("coefficients", m.coefficients());
            out.integer("iterations", m.iterations);
            // the gap in the fit's units, and their exponent only when not 0 (older files lack it: exponent 0)
            out.number("dualityGap", m.dualityGap);
            if (m.gapExponent != 0) {
                out.integer("dualityGapExponent", m.gapExponent);
            }
            out.flag("converged", m.converged);
        }

        @Override
        public ElasticNetModel readModel(PenalizedRegression learner, FieldReader in) {
            int p = Check.atLeast("columns", in.intValue("columns"), 1);
            double alpha = Check.positive("alpha", in.number("alpha"));
            double l1Ratio = Check.inClosedRange("l1Ratio", in.number("l1Ratio"), 0.0, 1.0);
            boolean fitIntercept = learner instanceof Lasso ? ((Lasso) learner).fitIntercept()
                    : ((ElasticNet) learner).fitIntercept();
            int maxIterations = learner instanceof Lasso ? ((Lasso) learner).maxIterations()
                    : ((ElasticNet) learner).maxIterations();
            double intercept = finite("intercept", in.number("intercept"));
            checkInterceptZero(fitIntercept, intercept);
            double[] b = coefficients(in, "coefficients", p);
            int iterations = in.intValue("iterations");
            Check.atLeast("iterations", iterations, 0);
            Check.atMost("iterations", iterations, maxIterations, "maxIterations");
            double gap = finite("dualityGap", in.number("dualityGap"));
            int gapExponent = in.has("dualityGapExponent") ? in.intValue("dualityGapExponent") : 0;
            int maxGap = 2 * LeastSquaresUnits.MAX_EXPONENT;
            Check.that(gapExponent % 2 == 0 && Math.abs(gapExponent) <= maxGap, () -> "dualityGapExponent must be an"
                    + " even number in [-" + maxGap + ", " + maxGap + "], got " + gapExponent);
            return new ElasticNetModel(learner, alpha, l1Ratio, intercept, b, iterations, gap, gapExponent,
                    in.flag("converged"));
        }
    }

    // ------------------------------------------------------------------ logistic regression

    static void writeClassWeights(ClassWeights weights, FieldWriter out) {
        FieldWriter w = out.object("classWeights");
        w.text("rule", weights.rule().name());
        double[] values = new double[weights.values().size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = weights.values().get(c);
        }
        w.numbers("values", values);
    }

    static ClassWeights readClassWeights(FieldReader in) {
        FieldReader w = in.object("classWeights");
        ClassWeights.Rule rule = w.choice("rule", ClassWeights.Rule.values());
        double[] values = w.numbers("values");
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return new ClassWeights(rule, list);
    }

    /** The fitted classes: at least 2, increasing, within the names; the model has one vector for 2, else one each. */
    static int[] fittedClasses(FieldReader in, int classCount) {
        int[] fitted = in.ints("fittedClasses");
        Check.that(fitted.length >= 2 && fitted.length <= classCount, () -> "fittedClasses must hold 2 to "
                + classCount + " classes, got " + fitted.length);
        for (int i = 0; i < fitted.length; i++) {
            Check.classIndex("fittedClasses", i, fitted[i], classCount);
            if (i > 0 && fitted[i] <= fitted[i - 1]) {
                int entry = i;
                Check.that(false, () -> "fittedClasses must be increasing; entry " + entry + " is " + fitted[entry]
                        + " after " + fitted[entry - 1]);
            }
        }
        return fitted;
    }

    static double[][] weightVectors(FieldReader in, int vectors, int p) {
        double[][] w = in.matrix("weights");
        Check.that(w.length == vectors && w[0].length == p, () -> "weights must be " + vectors + " × " + p
                + " (vectors × columns), got " + w.length + " × " + (w.length == 0 ? 0 : w[0].length));
        for (double[] row : w) {
            Check.allFinite("weights", row);
        }
        return w;
    }

    static final class Logistic implements ModelCodec<LogisticRegression, LogisticRegressionModel> {

        @Override
        public String type() {
            return "LogisticRegressionModel";
        }

        @Override
        public Class<LogisticRegressionModel> modelClass() {
            return LogisticRegressionModel.class;
        }

        @Override
        public Class<LogisticRegression> learnerClass() {
            return LogisticRegression.class;
        }

        @Override
        public void writeLearner(LogisticRegression l, FieldWriter out) {
            out.text("penalty", l.penalty().name());
            out.number("penaltyStrength", l.penaltyStrength());
            out.number("l1Ratio", l.l1Ratio());
            out.flag("fitIntercept", l.fitIntercept());
            writeClassWeights(l.classWeights(), out);
            out.integer("maxIterations", l.maxIterations());
            out.number("tolerance", l.tolerance());
            out.integer("threads", l.threads());
        }

        @Override
        public LogisticRegression readLearner(FieldReader in) {
            return new LogisticRegression(in.choice("penalty", LogisticRegression.Penalty.values()),
                    in.number("penaltyStrength"), in.number("l1Ratio"), in.flag("fitIntercept"), readClassWeights(in),
                    in.intValue("maxIterations"), in.number("tolerance"), in.intValue("threads"));
        }

        @Override
        public void writeModel(LogisticRegressionModel m, FieldWriter out) {
            out.integer("columns", m.columns());
            out.texts("classNames", m.classNames());
            out.ints("fittedClasses", m.fitted);
            out.matrix("weights", m.weights);
            out.doubles("intercepts", m.intercepts());
            out.flag("converged", m.converged());
            out.text("reason", m.reason);
            out.integer("iterations", m.iterations());
            out.number("objective", m.objective());
            if (m.standardErrors != null) {
                out.doubles("standardErrors", m.standardErrors);
            }
        }

        @Override
        public LogisticRegressionModel readModel(LogisticRegression learner, FieldReader in) {
            int p = Check.atLeast("columns", in.intValue("columns"), 1);
            List<String> names = in.classNames("classNames");
            ClassWeights cw = learner.classWeights();
            Check.that(cw.rule() != ClassWeights.Rule.GIVEN || cw.values().size() == names.size(),
                    () -> "classWeights must hold one weight per class (" + names.size() + "), got " + cw.values().size());
            int[] fitted = fittedClasses(in, names.size());
            int vectors = fitted.length == 2 ? 1 : fitted.length;
            double[][] weights = weightVectors(in, vectors, p);
            double[] intercepts = finite("intercepts", in.doubles("intercepts", vectors, vectors + " weight vectors"));
            boolean converged = in.flag("converged");
            String reason = in.text("reason");
            int iterations = in.intValue("iterations");
            Check.atLeast("iterations", iterations, 0);
            Check.atMost("iterations", iterations, learner.maxIterations(), "maxIterations");
            double objective = finite("objective", in.number("objective"));
            double[] errors = null;
            if (in.has("standardErrors")) {
                int d = p + (learner.fitIntercept() ? 1 : 0);
                Check.that(vectors == 1 && learner.penalty() == LogisticRegression.Penalty.NONE && converged,
                        "standardErrors are only kept for a converged unpenalised binary fit");
                errors = in.doubles("standardErrors", d, d + " parameters");
                for (int j = 0; j < d; j++) {
                    Check.atLeast("standardErrors", j, Check.finite("standardErrors", j, errors[j]), 0.0);
                }
            }
            return new LogisticRegressionModel(learner, p, names, fitted, weights, intercepts, converged, reason,
                    iterations, objective, errors);
        }
    }

    // ------------------------------------------------------------------ gradient descent

    static void writeOptimiser(GradientDescent g, FieldWriter out) {
        FieldWriter o = out.object("optimiser");
        o.integer("batchSize", g.batchSize());
        FieldWriter r = o.object("learningRate");
        LearningRate rate = g.learningRate();
        r.text("kind", rate.kind().name());
        r.number("initial", rate.initial());
        r.number("power", rate.power());
        r.number("factor", rate.factor());
        r.integer("every", rate.every());
        o.integer("maxEpochs", g.maxEpochs());
        o.number("tolerance", g.tolerance());
        o.integer("seed", g.seed());
    }

    static GradientDescent readOptimiser(FieldReader in) {
        FieldReader o = in.object("optimiser");
        int batchSize = o.intValue("batchSize");
        FieldReader r = o.object("learningRate");
        LearningRate rate = new LearningRate(r.choice("kind", LearningRate.Kind.values()), r.number("initial"),
                r.number("power"), r.number("factor"), r.intValue("every"));
        return new GradientDescent(batchSize, rate, o.intValue("maxEpochs"), o.number("tolerance"), o.integer("seed"));
    }

    /** The loss per epoch: 1 to maxEpochs + 1 entries (the start and each epoch), finite unless diverged. */
    static double[] history(FieldReader in, GradientDescent optimiser, GradientDescent.Status status) {
        double[] h = in.doubles("history");
        Check.that(h.length >= 1 && h.length <= optimiser.maxEpochs() + 1L, () -> "history must hold 1 to "
                + (optimiser.maxEpochs() + 1L) + " losses (maxEpochs + 1), got " + h.length);
        for (int i = 0; i < h.length; i++) {
            if (status != GradientDescent.Status.DIVERGED) {
                Check.finite("history", i, h[i]);
            } else if (Double.isNaN(h[i]) && i < h.length - 1) {
                Check.finite("history", i, h[i]);
            }
        }
        return h;
    }

    static int epochs(FieldReader in, GradientDescent optimiser) {
        int epochs = in.intValue("epochs");
        Check.atLeast("epochs", epochs, 0);
        Check.atMost("epochs", epochs, optimiser.maxEpochs(), "maxEpochs");
        return epochs;
    }

    static final class GdClassifier implements ModelCodec<GradientDescentClassifier, GradientDescentClassifierModel> {

        @Override
        public String type() {
            return "GradientDescentClassifierModel";
        }

        @Override
        public Class<GradientDescentClassifierModel> modelClass() {
            return GradientDescentClassifierModel.class;
        }

        @Override
        public Class<GradientDescentClassifier> learnerClass() {
            return GradientDescentClassifier.class;
        }

        @Override
        public void writeLearner(GradientDescentClassifier l, FieldWriter out) {
            writeOptimiser(l.optimiser(), out);
            out.number("penaltyStrength", l.penaltyStrength());
        }

        @Override
        public GradientDescentClassifier readLearner(FieldReader in) {
            return new GradientDescentClassifier(readOptimiser(in), in.number("penaltyStrength"));
        }

        @Override
        public void writeModel(GradientDescentClassifierModel m, FieldWriter out) {
            out.integer("columns", m.columns());
            out.texts("classNames", m.classNames());
            out.ints("fittedClasses", m.fitted);
            out.matrix("weights", m.weights);
            out.doubles("intercepts", m.intercepts);
            out.doubles("history", m.history);
            out.integer("epochs", m.epochs);
            out.text("status", m.status.name());
            out.text("reason", m.reason);
        }

        @Override
        public GradientDescentClassifierModel readModel(GradientDescentClassifier learner, FieldReader in) {
            int p = Check.atLeast("columns", in.intValue("columns"), 1);
            List<String> names = in.classNames("classNames");
            int[] fitted = fittedClasses(in, names.size());
            int vectors = fitted.length == 2 ? 1 : fitted.length;
            double[][] weights = weightVectors(in, vectors, p);
            double[] intercepts = finite("intercepts", in.doubles("intercepts", vectors, vectors + " weight vectors"));
            GradientDescent.Status status = in.choice("status", GradientDescent.Status.values());
            double[] history = history(in, learner.optimiser(), status);
            int epochs = epochs(in, learner.optimiser());
            return new GradientDescentClassifierModel(learner, names, fitted, weights, intercepts, history, epochs,
                    status, in.text("reason"));
        }
    }

    static final class GdRegressor implements ModelCodec<GradientDescentRegressor, GradientDescentRegressorModel> {

        @Override
        public String type() {
            return "GradientDescentRegressorModel";
        }

        @Override
        public Class<GradientDescentRegressorModel> modelClass() {
            return GradientDescentRegressorModel.class;
        }

        @Override
        public Class<GradientDescentRegressor> learnerClass() {
            return GradientDescentRegressor.class;
        }

        @Override
        public void writeLearner(GradientDescentRegressor l, FieldWriter out) {
            writeOptimiser(l.optimiser(), out);
            out.flag("fitIntercept", l.fitIntercept());
        }

        @Override
        public GradientDescentRegressor readLearner(FieldReader in) {
            return new GradientDescentRegressor(readOptimiser(in), in.flag("fitIntercept"));
        }

        @Override
        public void writeModel(GradientDescentRegressorModel m, FieldWriter out) {
            out.integer("columns", m.columns());
            out.number("intercept", m.intercept);
            out.doubles("coefficients", m.weights);
            out.doubles("history", m.history);
            out.integer("epochs", m.epochs);
            out.text("status", m.status.name());
            out.text("reason", m.reason);
        }

        @Override
        public GradientDescentRegressorModel readModel(GradientDescentRegressor learner, FieldReader in) {
            int p = Check.atLeast("columns", in.intValue("columns"), 1);
            double intercept = finite("intercept", in.number("intercept"));
            checkInterceptZero(learner.fitIntercept(), intercept);
            double[] b = coefficients(in, "coefficients", p);
            GradientDescent.Status status = in.choice("status", GradientDescent.Status.values());
            double[] history = history(in, learner.optimiser(), status);
            int epochs = epochs(in, learner.optimiser());
            return new GradientDescentRegressorModel(learner, b, intercept, history, epochs, status, in.text("reason"));
        }
    }

    // ------------------------------------------------------------------ stepwise selection

    static final class Stepwise implements ModelCodec<StepwiseRegression, StepwiseModel> {

        @Override
        public String type() {
            return "StepwiseModel";
        }

        @Override
        public Class<StepwiseModel> modelClass() {
            return StepwiseModel.class;
        }

        @Override
        public Class<StepwiseRegression> learnerClass() {
            return StepwiseRegression.class;
        }

        @Override
        public void writeLearner(StepwiseRegression l, FieldWriter out) {
            String criterion = l.criterion() == StepwiseRegression.Criterion.AIC ? "AIC"
                    : l.criterion() == StepwiseRegression.Criterion.BIC ? "BIC" : null;
            Check.that(criterion != null, () -> "cannot save a StepwiseModel whose criterion is a function of your own ("
                    + l.criterion().getClass().getName() + "); model files hold only Criterion.AIC and Criterion.BIC");
            out.text("direction", l.direction().name());
            out.text("criterion", criterion);
            out.flag("fitIntercept", l.fitIntercept());
        }

        @Override
        public StepwiseRegression readLearner(FieldReader in) {
            StepwiseRegression.Direction direction = in.choice("direction", StepwiseRegression.Direction.values());
            String criterion = in.text("criterion");
            Check.that(criterion.equals("AIC") || criterion.equals("BIC"), () -> "criterion must be AIC or BIC, got \""
                    + (criterion.length() > 40 ? criterion.substring(0, 40) : criterion) + "\"");
            return new StepwiseRegression(direction, criterion.equals("AIC") ? StepwiseRegression.Criterion.AIC
                    : StepwiseRegression.Criterion.BIC, in.flag("fitIntercept"));
        }

        @Override
        public void writeModel(StepwiseModel m, FieldWriter out) {
            out.integer("columns", m.columns());
            out.ints("selectedColumns", m.selected);
            out.model("model", m.model());
            out.number("startScore", m.startScore);
            List<StepwiseModel.Step> steps = m.steps();
            int[] columns = new int[steps.size()];
            int[] added = new int[steps.size()];
            double[] scores = new double[steps.size()];
            List<String> names = new ArrayList<>();
            for (int s = 0; s < columns.length; s++) {
                columns[s] = steps.get(s).column();
                added[s] = steps.get(s).added() ? 1 : 0;
                scores[s] = steps.get(s).score();
                names.add(steps.get(s).name());
            }
            out.ints("stepColumns", columns);
            out.texts("stepNames", names);
            out.ints("stepAdded", added);
            out.doubles("stepScores", scores);
        }

        @Override
        public StepwiseModel readModel(StepwiseRegression learner, FieldReader in) {
            int p = Check.atLeast("columns", in.intValue("columns"), 1);
            int[] selected = in.ints("selectedColumns");
            Check.that(selected.length >= 1 && selected.length <= p, () -> "selectedColumns must hold 1 to " + p
                    + " columns, got " + selected.length);
            for (int i = 0; i < selected.length; i++) {
                columnIndex("selectedColumns", i, selected[i], p);
                if (i > 0 && selected[i] <= selected[i - 1]) {
                    int entry = i;
                    Check.that(false, () -> "selectedColumns must be increasing; entry " + entry + " is "
                            + selected[entry] + " after " + selected[entry - 1]);
                }
            }
            LinearRegressionModel model = in.model("model", LinearRegressionModel.class);
            Check.that(model.columns() == selected.length, () -> "model must have one column per selected column ("
                    + selected.length + "), got " + model.columns());
            Check.that(model.learner().fitIntercept() == learner.fitIntercept(), () -> "model.fitIntercept must be "
                    + learner.fitIntercept() + " as the stepwise learner's");
            double start = finite("startScore", in.number("startScore"));
            int[] columns = in.ints("stepColumns");
            int n = columns.length;
            List<String> names = in.texts("stepNames");
            int[] added = in.ints("stepAdded", n, n + " steps");
            double[] scores = in.doubles("stepScores", n, n + " steps");
            Check.sameLength("stepNames", names.size(), "stepColumns", n);
            List<StepwiseModel.Step> steps = new ArrayList<>(n);
            for (int s = 0; s < n; s++) {
                columnIndex("stepColumns", s, columns[s], p);
                Check.that(added[s] == 0 || added[s] == 1, "stepAdded must hold 0 or 1");
                steps.add(new StepwiseModel.Step(columns[s], names.get(s), added[s] == 1,
                        Check.finite("stepScores", s, scores[s])));
            }
            return new StepwiseModel(learner, p, selected, model, start, steps);
        }
    }
}
