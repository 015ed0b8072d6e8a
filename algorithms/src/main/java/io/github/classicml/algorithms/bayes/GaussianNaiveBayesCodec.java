package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;
import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.List;

/**
 * Gaussian naive Bayes in a model file: the sufficient statistics (counts, means with their residuals,
 * sums of squared deviations), from which the model's constructor recomputes the smoothed variances
 * exactly as the fit did, so predictions are bit-identical and {@code update} still works.
 */
final class GaussianNaiveBayesCodec implements ModelCodec<GaussianNaiveBayes, GaussianNaiveBayesModel> {

    @Override
    public String type() {
        return "GaussianNaiveBayesModel";
    }

    @Override
    public Class<GaussianNaiveBayesModel> modelClass() {
        return GaussianNaiveBayesModel.class;
    }

    @Override
    public Class<GaussianNaiveBayes> learnerClass() {
        return GaussianNaiveBayes.class;
    }

    @Override
    public void writeLearner(GaussianNaiveBayes learner, FieldWriter out) {
        out.number("varianceSmoothing", learner.varianceSmoothing());
        NaiveBayesFields.writePriors(learner.priors(), out);
    }

    @Override
    public GaussianNaiveBayes readLearner(FieldReader in) {
        return new GaussianNaiveBayes(in.number("varianceSmoothing"), NaiveBayesFields.readPriors(in));
    }

    @Override
    public void writeModel(GaussianNaiveBayesModel model, FieldWriter out) {
        NaiveBayesFields.writeNames(model, out);
        GaussianStatistics s = model.statistics();
        out.doubles("counts", s.counts);
        out.doubles("means", s.means);
        out.doubles("meanResiduals", s.meanResiduals);
        out.doubles("squaredDeviations", s.squaredDeviations);
    }

    @Override
    public GaussianNaiveBayesModel readModel(GaussianNaiveBayes learner, FieldReader in) {
        List<String> columns = in.columnNames("columnNames");
        List<String> classes = in.classNames("classNames");
        int k = classes.size();
        int p = columns.size();
        learner.priors().checkClassCount(k);
        String shape = k + " classes × " + p + " columns";
        int size = Check.tableSize("the statistics", k, "classes", p, "columns", Integer.MAX_VALUE);
        GaussianStatistics s = GaussianStatistics.restored(in.doubles("counts", k, k + " classes"), p,
                in.doubles("means", size, shape), in.doubles("meanResiduals", size, shape),
                in.doubles("squaredDeviations", size, shape));
        return new GaussianNaiveBayesModel(learner, s, columns, classes);
    }
}
