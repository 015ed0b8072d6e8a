package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Model;
import io.github.classicml.core.ProbabilisticClassifier;
import io.github.classicml.core.Regressor;
import io.github.classicml.core.Transformer;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * The model-file form of the pipelines. The learner section holds each step's learner (and the final
 * learner) as nested learners, so a step of the caller's own is refused when saving, naming it; the
 * data section holds the fitted steps (and the final model) as nested models. On load each fitted
 * step must report the step's learner and take the previous step's output width.
 */
final class PipelineFiles {

    private PipelineFiles() {
    }

    // ---- learners

    static void writeLearner(Pipeline l, FieldWriter w) {
        FieldWriter steps = w.object("steps");
        for (int i = 0; i < l.steps().size(); i++) {
            try {
                steps.learner(Integer.toString(i), l.steps().get(i));
            } catch (IllegalArgumentException e) {
                // the registry names the field ("1: cannot save ..."); the step's position says it better
                String message = String.valueOf(e.getMessage()).replaceFirst("^" + i + ": ", "");
                throw new IllegalArgumentException("steps[" + i + "] of the pipeline: " + message, e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Pipeline readPipelineLearner(FieldReader r) {
        FieldReader steps = r.object("steps");
        List<Learner<? extends Transformer>> out = new ArrayList<>();
        for (int i = 0; steps.has(Integer.toString(i)); i++) {
            out.add((Learner<? extends Transformer>) steps.learner(Integer.toString(i), Learner.class));
        }
        Check.notEmpty("steps", out.size());
        return new Pipeline(out);
    }

    static void writeLearner(PipelineClassifier l, FieldWriter w) {
        writeLearner(l.transformers(), w);
        w.learner("classifier", l.classifier());
    }

    @SuppressWarnings("unchecked")
    static PipelineClassifier readPipelineClassifierLearner(FieldReader r) {
        return new PipelineClassifier(readPipelineLearner(r),
                (Learner<? extends Classifier>) r.learner("classifier", Learner.class));
    }

    static void writeLearner(PipelineProbabilisticClassifier l, FieldWriter w) {
        writeLearner(l.transformers(), w);
        w.learner("classifier", l.classifier());
    }

    @SuppressWarnings("unchecked")
    static PipelineProbabilisticClassifier readPipelineProbabilisticClassifierLearner(FieldReader r) {
        return new PipelineProbabilisticClassifier(readPipelineLearner(r),
                (Learner<? extends ProbabilisticClassifier>) r.learner("classifier", Learner.class));
    }

    static void writeLearner(PipelineRegressor l, FieldWriter w) {
        writeLearner(l.transformers(), w);
        w.learner("regressor", l.regressor());
    }

    @SuppressWarnings("unchecked")
    static PipelineRegressor readPipelineRegressorLearner(FieldReader r) {
        return new PipelineRegressor(readPipelineLearner(r),
                (Learner<? extends Regressor>) r.learner("regressor", Learner.class));
    }

    // ---- models

    /**
     * @throws IllegalArgumentException naming the step whose model does not report the step's learner
     */
    private static void fittedBy(String name, Learner<?> learner, Model model) {
        Check.that(learner.equals(model.learner()), () -> name + " must be fitted by " + learner
                + ", but its model reports " + model.learner() + "; a learner of the caller's own cannot be saved");
    }

    static void write(PipelineTransformerModel m, FieldWriter w) {
        List<Transformer> steps = m.steps();
        for (int i = 0; i < steps.size(); i++) {
            fittedBy("steps[" + i + "]", m.learner().steps().get(i), steps.get(i));
        }
        w.models("steps", steps);
    }

    static PipelineTransformerModel read(Pipeline learner, FieldReader r) {
        List<Transformer> steps = r.models("steps", Transformer.class);
        Check.sameLength("steps", learner.steps().size(), "fitted steps", steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Transformer step = steps.get(i);
            fittedBy("steps[" + i + "]", learner.steps().get(i), step);
            if (i > 0) {
                int at = i;
                Check.that(step.columns() == steps.get(i - 1).outputColumns(), () -> "steps[" + at + "] must take the "
                        + steps.get(at - 1).outputColumns() + " columns of the step before, got " + step.columns());
            }
        }
        return new PipelineTransformerModel(learner, steps);
    }

    private static void lastWidth(PipelineTransformerModel steps, Model last) {
        Check.that(last.columns() == steps.outputColumns(), () -> "the last model must take the "
                + steps.outputColumns() + " columns of the last step, got " + last.columns());
    }

    static void write(PipelineClassifierModel m, FieldWriter w) {
        write(m.transformers(), w);
        fittedBy("classifier", m.learner().classifier(), m.classifier());
        w.model("classifier", m.classifier());
    }

    static PipelineClassifierModel read(PipelineClassifier learner, FieldReader r) {
        PipelineTransformerModel steps = read(learner.transformers(), r);
        Classifier last = r.model("classifier", Classifier.class);
        fittedBy("classifier", learner.classifier(), last);
        lastWidth(steps, last);
        return new PipelineClassifierModel(learner, steps, last);
    }

    static void write(PipelineProbabilisticClassifierModel m, FieldWriter w) {
        write(m.transformers(), w);
        fittedBy("classifier", m.learner().classifier(), m.classifier());
        w.model("classifier", m.classifier());
    }

    static PipelineProbabilisticClassifierModel read(PipelineProbabilisticClassifier learner, FieldReader r) {
        PipelineTransformerModel steps = read(learner.transformers(), r);
        ProbabilisticClassifier last = r.model("classifier", ProbabilisticClassifier.class);
        fittedBy("classifier", learner.classifier(), last);
        lastWidth(steps, last);
        return new PipelineProbabilisticClassifierModel(learner, steps, last);
    }

    static void write(PipelineRegressorModel m, FieldWriter w) {
        write(m.transformers(), w);
        fittedBy("regressor", m.learner().regressor(), m.regressor());
        w.model("regressor", m.regressor());
    }

    static PipelineRegressorModel read(PipelineRegressor learner, FieldReader r) {
        PipelineTransformerModel steps = read(learner.transformers(), r);
        Regressor last = r.model("regressor", Regressor.class);
        fittedBy("regressor", learner.regressor(), last);
        lastWidth(steps, last);
        return new PipelineRegressorModel(learner, steps, last);
    }
}
