package io.github.classicml.algorithms.selection;

import io.github.classicml.algorithms.internal.provisional.StateReader;
import io.github.classicml.algorithms.internal.provisional.StateWriter;
import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Transformer;

import java.util.ArrayList;
import java.util.List;

/**
 * The model-file form of the pipelines: the fitted steps (and the final model) as nested models, each
 * saved through the registry with its own learner. The pipeline's learner is not written separately:
 * it is rebuilt from the steps' learners, which a pipeline of library steps guarantees (each fitted
 * step reports the learner that fitted it). A step whose learner is the caller's own code, or whose
 * learner differs from the one its model reports, refuses to save, naming the step. On load each
 * step must take the previous step's output width.
 */
final class PipelineFiles {

    private PipelineFiles() {
    }

    /**
     * @throws IllegalArgumentException naming the first step that is not a library type
     */
    private static void savable(String name, int index, Learner<?> learner, Model model) {
        if (!learner.equals(model.learner())) {
            throw new IllegalArgumentException(name + (index < 0 ? "" : "[" + index + "]")
                    + " must be a library learner to save the pipeline, got the caller's "
                    + learner.getClass().getName());
        }
    }

    static void write(PipelineTransformerModel m, StateWriter w) {
        List<Transformer> steps = m.steps();
        for (int i = 0; i < steps.size(); i++) {
            savable("steps", i, m.learner().steps().get(i), steps.get(i));
        }
        w.putModels("steps", steps);
    }

    static PipelineTransformerModel readTransformer(StateReader r) {
        List<Transformer> steps = r.getModels("steps", Transformer.class);
        Check.notEmpty("steps", steps.size());
        List<Learner<? extends Transformer>> learners = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Transformer step = steps.get(i);
            if (i > 0) {
                int at = i;
                Check.that(step.columns() == steps.get(i - 1).outputColumns(), () -> "steps[" + at + "] must take the "
                        + steps.get(at - 1).outputColumns() + " columns of the step before, got " + step.columns());
            }
            learners.add(transformerLearner(step));
        }
        return new PipelineTransformerModel(new Pipeline(learners), steps);
    }

    static void write(PipelineClassifierModel m, StateWriter w) {
        write(m.transformers(), w);
        savable("classifier", -1, m.learner().classifier(), m.classifier());
        w.putModel("classifier", m.classifier());
    }

    @SuppressWarnings("unchecked")
    static PipelineClassifierModel readClassifier(StateReader r) {
        PipelineTransformerModel steps = readTransformer(r);
        Classifier last = r.getModel("classifier", Classifier.class);
        lastWidth(steps, last);
        PipelineClassifier learner = new PipelineClassifier(steps.learner(),
                (Learner<? extends Classifier>) last.learner());
        return new PipelineClassifierModel(learner, steps, last);
    }

    static void write(PipelineProbabilisticClassifierModel m, StateWriter w) {
        write(m.transformers(), w);
        savable("classifier", -1, m.learner().classifier(), m.classifier());
        w.putModel("classifier", m.classifier());
    }

    @SuppressWarnings("unchecked")
    static PipelineProbabilisticClassifierModel readProbabilisticClassifier(StateReader r) {
        PipelineTransformerModel steps = readTransformer(r);
        ProbabilisticClassifier last = r.getModel("classifier", ProbabilisticClassifier.class);
        lastWidth(steps, last);
        PipelineProbabilisticClassifier learner = new PipelineProbabilisticClassifier(steps.learner(),
                (Learner<? extends ProbabilisticClassifier>) last.learner());
        return new PipelineProbabilisticClassifierModel(learner, steps, last);
    }

    static void write(PipelineRegressorModel m, StateWriter w) {
        write(m.transformers(), w);
        savable("regressor", -1, m.learner().regressor(), m.regressor());
        w.putModel("regressor", m.regressor());
    }

    @SuppressWarnings("unchecked")
    static PipelineRegressorModel readRegressor(StateReader r) {
        PipelineTransformerModel steps = readTransformer(r);
        Regressor last = r.getModel("regressor", Regressor.class);
        lastWidth(steps, last);
        PipelineRegressor learner = new PipelineRegressor(steps.learner(), (Learner<? extends Regressor>) last.learner());
        return new PipelineRegressorModel(learner, steps, last);
    }

    private static void lastWidth(PipelineTransformerModel steps, Model last) {
        Check.that(last.columns() == steps.outputColumns(), () -> "the last model must take the "
                + steps.outputColumns() + " columns of the last step, got " + last.columns());
    }

    @SuppressWarnings("unchecked")
    private static Learner<? extends Transformer> transformerLearner(Transformer step) {
        return (Learner<? extends Transformer>) step.learner();
    }
}
