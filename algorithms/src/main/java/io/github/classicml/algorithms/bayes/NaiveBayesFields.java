package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;

import java.util.List;

/** The model-file fields every naive Bayes model shares: the priors rule and the names. */
final class NaiveBayesFields {

    private NaiveBayesFields() {
    }

    static void writePriors(ClassPriors priors, FieldWriter out) {
        FieldWriter p = out.object("priors");
        p.text("rule", priors.rule().name());
        double[] values = new double[priors.values().size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = priors.values().get(c);
        }
        p.numbers("values", values);
    }

    /** Rebuilds the priors through {@link ClassPriors}' canonical constructor, which validates them. */
    static ClassPriors readPriors(FieldReader in) {
        FieldReader p = in.object("priors");
        ClassPriors.Rule rule = p.choice("rule", ClassPriors.Rule.values());
        double[] values = p.numbers("values");
        Double[] boxed = new Double[values.length];
        for (int c = 0; c < values.length; c++) {
            boxed[c] = values[c];
        }
        return new ClassPriors(rule, List.of(boxed));
    }

    static void writeNames(NaiveBayesModel model, FieldWriter out) {
        out.texts("columnNames", model.columnNames());
        out.texts("classNames", model.classNames());
    }
}
