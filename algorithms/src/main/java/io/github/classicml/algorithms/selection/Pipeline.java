package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Transformer;

import java.util.ArrayList;
import java.util.List;

/**
 * A chain of transformers fitted one after another, each on the output of the one before: itself a
 * transformer learner, and the start of a {@link PipelineClassifier} or {@link PipelineRegressor}.
 *
 * <p>Why it matters: anything learned from data — a scaler's means, an imputer's medians, a PCA's axes
 * — is part of the model. Fitted on all the rows before cross-validation, it has seen every test fold
 * and the estimate leaks. A pipeline is one learner, so {@link CrossValidation} refits every step
 * inside every fold on that fold's training rows only. The kind of the last learner decides the kind
 * of the pipeline, by type rather than by {@code instanceof}: {@link #classifier} gives a classifier
 * learner, {@link #probabilisticClassifier} one that also estimates class probabilities,
 * {@link #regressor} a regressor learner, and a pipeline of transformers alone is a
 * transformer. Cost: the sum of the steps' fits and transforms.
 *
 * <pre>{@code
 * PipelineClassifier model = Pipeline.of(StandardScaler.of()).classifier(KnnClassifier.of(5));
 * CrossValidation.crossValidate(model, data, StratifiedKFold.of(5), Scorer.accuracy());
 * }</pre>
 *
 * <p>Reference: Hastie, Tibshirani and Friedman, <i>The Elements of Statistical Learning</i>, 2nd ed.,
 * section 7.10.2 ("the wrong and the right way to do cross-validation").
 *
 * @param steps the transformer learners, in order, at least one
 * @see PipelineTransformerModel
 */
public record Pipeline(List<Learner<? extends Transformer>> steps) implements Learner<PipelineTransformerModel> {

    /**
     * Validates and copies the steps.
     *
     * @param steps the transformer learners, at least one
     */
    public Pipeline {
        Check.notNull("steps", steps);
        Check.notEmpty("steps", steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Check.notNull("steps", i, steps.get(i));
        }
        steps = List.copyOf(steps);
    }

    /**
     * @param first the first transformer learner
     * @return a pipeline of one step
     */
    public static Pipeline of(Learner<? extends Transformer> first) {
        return new Pipeline(List.of(Check.notNull("first", first)));
    }

    /**
     * @param next the transformer learner to append
     * @return a copy with one more step
     */
    public Pipeline then(Learner<? extends Transformer> next) {
        List<Learner<? extends Transformer>> out = new ArrayList<>(steps);
        out.add(Check.notNull("next", next));
        return new Pipeline(out);
    }

    /**
     * @param last the classifier learner that ends the pipeline
     * @return a classifier learner: these transformers, then {@code last}
     */
    public PipelineClassifier classifier(Learner<? extends Classifier> last) {
        return new PipelineClassifier(this, last);
    }

    /**
     * @param last the probabilistic classifier learner that ends the pipeline
     * @return a probabilistic classifier learner: these transformers, then {@code last}
     */
    public PipelineProbabilisticClassifier probabilisticClassifier(Learner<? extends ProbabilisticClassifier> last) {
        return new PipelineProbabilisticClassifier(this, last);
    }

    /**
     * @param last the regressor learner that ends the pipeline
     * @return a regressor learner: these transformers, then {@code last}
     */
    public PipelineRegressor regressor(Learner<? extends Regressor> last) {
        return new PipelineRegressor(this, last);
    }

    @Override
    public PipelineTransformerModel fit(Dataset data) {
        return new PipelineTransformerModel(this, fitSteps(data).steps());
    }

    /** Fits every step in order; returns the fitted steps and the training data after the last one. */
    FittedSteps fitSteps(Dataset data) {
        Check.notNull("data", data);
        List<Transformer> fitted = new ArrayList<>(steps.size());
        Dataset current = data;
        for (Learner<? extends Transformer> step : steps) {
            Transformer t = step.fit(current);
            fitted.add(t);
            current = t.transform(current);
        }
        return new FittedSteps(fitted, current);
    }

    /** The fitted steps and the transformed training data, handed from one fit to the next learner. */
    record FittedSteps(List<Transformer> steps, Dataset output) {
    }
}
