package io.github.classicml.algorithms.bayes;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;
import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The count-based naive Bayes models in model files: multinomial, complement and Bernoulli keep the
 * class counts and the per-class column counts (or presence counts), categorical its per-column count
 * tables. The models' constructors recompute the log probabilities from them exactly as the fit did,
 * and {@code update} keeps working after a load.
 */
final class CountCodecs {

    private CountCodecs() {
    }

    /** The names and feature counts of a multinomial, complement or Bernoulli model, validated. */
    private record Counts(List<String> columns, List<String> classes, FeatureCounts counts) {
    }

    private static void writeCounts(NaiveBayesModel model, FeatureCounts counts, FieldWriter out) {
        NaiveBayesFields.writeNames(model, out);
        out.doubles("classCounts", counts.classCounts);
        out.doubles("featureCounts", counts.featureCounts);
    }

    private static Counts readCounts(FieldReader in, ClassPriors priors, boolean presence) {
        List<String> columns = in.columnNames("columnNames");
        List<String> classes = in.classNames("classNames");
        int k = classes.size();
        int p = columns.size();
        priors.checkClassCount(k);
        double[] classCounts = in.doubles("classCounts", k, k + " classes");
        double[] featureCounts = in.doubles("featureCounts",
                Check.tableSize("the count table", k, "classes", p, "columns", Integer.MAX_VALUE),
                k + " classes × " + p + " columns");
        return new Counts(columns, classes, FeatureCounts.restored(classCounts, p, featureCounts, presence));
    }

    static final class Multinomial implements ModelCodec<MultinomialNaiveBayes, MultinomialNaiveBayesModel> {

        @Override
        public String type() {
            return "MultinomialNaiveBayesModel";
        }

        @Override
        public Class<MultinomialNaiveBayesModel> modelClass() {
            return MultinomialNaiveBayesModel.class;
        }

        @Override
        public Class<MultinomialNaiveBayes> learnerClass() {
            return MultinomialNaiveBayes.class;
        }

        @Override
        public void writeLearner(MultinomialNaiveBayes learner, FieldWriter out) {
            out.number("alpha", learner.alpha());
            NaiveBayesFields.writePriors(learner.priors(), out);
        }

        @Override
        public MultinomialNaiveBayes readLearner(FieldReader in) {
            return new MultinomialNaiveBayes(in.number("alpha"), NaiveBayesFields.readPriors(in));
        }

        @Override
        public void writeModel(MultinomialNaiveBayesModel model, FieldWriter out) {
            writeCounts(model, model.counts(), out);
        }

        @Override
        public MultinomialNaiveBayesModel readModel(MultinomialNaiveBayes learner, FieldReader in) {
            Counts c = readCounts(in, learner.priors(), false);
            return new MultinomialNaiveBayesModel(learner, c.counts(), c.columns(), c.classes());
        }
    }

    static final class Complement implements ModelCodec<ComplementNaiveBayes, ComplementNaiveBayesModel> {

        @Override
        public String type() {
            return "ComplementNaiveBayesModel";
        }

        @Override
        public Class<ComplementNaiveBayesModel> modelClass() {
            return ComplementNaiveBayesModel.class;
        }

        @Override
        public Class<ComplementNaiveBayes> learnerClass() {
            return ComplementNaiveBayes.class;
        }

        @Override
        public void writeLearner(ComplementNaiveBayes learner, FieldWriter out) {
            out.number("alpha", learner.alpha());
            out.flag("normalizeWeights", learner.normalizeWeights());
        }

        @Override
        public ComplementNaiveBayes readLearner(FieldReader in) {
            return new ComplementNaiveBayes(in.number("alpha"), in.flag("normalizeWeights"));
        }

        @Override
        public void writeModel(ComplementNaiveBayesModel model, FieldWriter out) {
            writeCounts(model, model.counts(), out);
        }

        @Override
        public ComplementNaiveBayesModel readModel(ComplementNaiveBayes learner, FieldReader in) {
            Counts c = readCounts(in, ClassPriors.estimated(), false);
            return new ComplementNaiveBayesModel(learner, c.counts(), c.columns(), c.classes());
        }
    }

    static final class Bernoulli implements ModelCodec<BernoulliNaiveBayes, BernoulliNaiveBayesModel> {

        @Override
        public String type() {
            return "BernoulliNaiveBayesModel";
        }

        @Override
        public Class<BernoulliNaiveBayesModel> modelClass() {
            return BernoulliNaiveBayesModel.class;
        }

        @Override
        public Class<BernoulliNaiveBayes> learnerClass() {
            return BernoulliNaiveBayes.class;
        }

        @Override
        public void writeLearner(BernoulliNaiveBayes learner, FieldWriter out) {
            out.number("alpha", learner.alpha());
            NaiveBayesFields.writePriors(learner.priors(), out);
            // absent threshold: the features must already be 0 or 1
            out.flag("binarize", learner.binarizeThreshold().isPresent());
            out.number("binarizeThreshold", learner.binarizeThreshold().orElse(0.0));
        }

        @Override
        public BernoulliNaiveBayes readLearner(FieldReader in) {
            double alpha = in.number("alpha");
            ClassPriors priors = NaiveBayesFields.readPriors(in);
            boolean binarize = in.flag("binarize");
            double threshold = in.number("binarizeThreshold");
            return new BernoulliNaiveBayes(alpha, priors, binarize ? OptionalDouble.of(threshold) : OptionalDouble.empty());
        }

        @Override
        public void writeModel(BernoulliNaiveBayesModel model, FieldWriter out) {
            writeCounts(model, model.counts(), out);
        }

        @Override
        public BernoulliNaiveBayesModel readModel(BernoulliNaiveBayes learner, FieldReader in) {
            Counts c = readCounts(in, learner.priors(), true);
            return new BernoulliNaiveBayesModel(learner, c.counts(), c.columns(), c.classes());
        }
    }

    static final class Categorical implements ModelCodec<CategoricalNaiveBayes, CategoricalNaiveBayesModel> {

        @Override
        public String type() {
            return "CategoricalNaiveBayesModel";
        }

        @Override
        public Class<CategoricalNaiveBayesModel> modelClass() {
            return CategoricalNaiveBayesModel.class;
        }

        @Override
        public Class<CategoricalNaiveBayes> learnerClass() {
            return CategoricalNaiveBayes.class;
        }

        @Override
        public void writeLearner(CategoricalNaiveBayes learner, FieldWriter out) {
            out.number("alpha", learner.alpha());
            NaiveBayesFields.writePriors(learner.priors(), out);
        }

        @Override
        public CategoricalNaiveBayes readLearner(FieldReader in) {
            return new CategoricalNaiveBayes(in.number("alpha"), NaiveBayesFields.readPriors(in));
        }

        @Override
        public void writeModel(CategoricalNaiveBayesModel model, FieldWriter out) {
            NaiveBayesFields.writeNames(model, out);
            CategoryCounts counts = model.counts();
            out.doubles("classCounts", counts.classCounts);
            out.ints("categories", counts.categories);
            int size = 0;
            for (double[] table : counts.counts) {
                size += table.length;
            }
            double[] flat = new double[size];
            int at = 0;
            for (double[] table : counts.counts) {
                System.arraycopy(table, 0, flat, at, table.length);
                at += table.length;
            }
            out.doubles("counts", flat);
        }

        @Override
        public CategoricalNaiveBayesModel readModel(CategoricalNaiveBayes learner, FieldReader in) {
            List<String> columns = in.columnNames("columnNames");
            List<String> classes = in.classNames("classNames");
            int k = classes.size();
            learner.priors().checkClassCount(k);
            double[] classCounts = in.doubles("classCounts", k, k + " classes");
            int[] categories = in.ints("categories", columns.size(), columns.size() + " columns");
            CategoryCounts counts = CategoryCounts.restored(classCounts, categories, in.doubles("counts"));
            return new CategoricalNaiveBayesModel(learner, counts, columns, classes);
        }
    }
}
