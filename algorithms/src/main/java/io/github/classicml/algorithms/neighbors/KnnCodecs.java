package io.github.classicml.algorithms.neighbors;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;
import io.github.classicml.core.internal.modelfile.ModelCodec;

import java.util.List;

/**
 * k-nearest-neighbour models in model files. A k-NN model is its training rows: the file holds them
 * (in their original order) with their classes or targets, and loading fits the learner on them
 * again. That runs every check of fitting ({@code k} at most the rows, finite features and targets,
 * class indices within the names) and rebuilds the same search index (the k-d tree's construction is
 * deterministic), so predictions are bit-identical and no index structure is ever read from a file.
 */
final class KnnCodecs {

    private KnnCodecs() {
    }

    private static void writeLearner(int k, Distance distance, Weighting weighting, SearchStrategy search,
                                     int leafSize, int threads, FieldWriter out) {
        out.integer("k", k);
        FieldWriter d = out.object("distance");
        d.text("kind", distance.kind().name());
        d.number("p", distance.p());
        out.text("weighting", weighting.name());
        out.text("search", search.name());
        out.integer("leafSize", leafSize);
        out.integer("threads", threads);
    }

    private static Distance readDistance(FieldReader in) {
        FieldReader d = in.object("distance");
        Distance.Kind kind = d.choice("kind", Distance.Kind.values());
        double p = d.number("p");
        switch (kind) {
            case EUCLIDEAN:
                return Distance.EUCLIDEAN;
            case MANHATTAN:
                return Distance.MANHATTAN;
            case CHEBYSHEV:
                return Distance.CHEBYSHEV;
            case COSINE:
                return Distance.COSINE;
            default:
                return Distance.minkowski(p);
        }
    }

    private static void writeRows(KnnModel model, FieldWriter out) {
        out.integer("columns", model.columns());
        out.doubles("features", model.search.trainingRows());
    }

    /** @return the training rows, as a dataset with the row-major features */
    private static Dataset readRows(FieldReader in) {
        int columns = in.intValue("columns");
        Check.atLeast("columns", columns, 1);
        double[] features = in.doubles("features");
        return Dataset.ofRowMajor(features, columns);
    }

    static final class Classifier implements ModelCodec<KnnClassifier, KnnClassifierModel> {

        @Override
        public String type() {
            return "KnnClassifierModel";
        }

        @Override
        public Class<KnnClassifierModel> modelClass() {
            return KnnClassifierModel.class;
        }

        @Override
        public Class<KnnClassifier> learnerClass() {
            return KnnClassifier.class;
        }

        @Override
        public void writeLearner(KnnClassifier l, FieldWriter out) {
            KnnCodecs.writeLearner(l.k(), l.distance(), l.weighting(), l.search(), l.leafSize(), l.threads(), out);
        }

        @Override
        public KnnClassifier readLearner(FieldReader in) {
            return new KnnClassifier(in.intValue("k"), readDistance(in), in.choice("weighting", Weighting.values()),
                    in.choice("search", SearchStrategy.values()), in.intValue("leafSize"), in.intValue("threads"));
        }

        @Override
        public void writeModel(KnnClassifierModel model, FieldWriter out) {
            writeRows(model, out);
            out.ints("classes", model.trainingClasses());
            out.texts("classNames", model.classNames());
        }

        @Override
        public KnnClassifierModel readModel(KnnClassifier learner, FieldReader in) {
            Dataset rows = readRows(in);
            int[] classes = in.ints("classes", rows.rows(), rows.rows() + " training rows");
            List<String> names = in.classNames("classNames");
            return learner.fit(rows.withClasses(classes, names));
        }
    }

    static final class Regressor implements ModelCodec<KnnRegressor, KnnRegressorModel> {

        @Override
        public String type() {
            return "KnnRegressorModel";
        }

        @Override
        public Class<KnnRegressorModel> modelClass() {
            return KnnRegressorModel.class;
        }

        @Override
        public Class<KnnRegressor> learnerClass() {
            return KnnRegressor.class;
        }

        @Override
        public void writeLearner(KnnRegressor l, FieldWriter out) {
            KnnCodecs.writeLearner(l.k(), l.distance(), l.weighting(), l.search(), l.leafSize(), l.threads(), out);
        }

        @Override
        public KnnRegressor readLearner(FieldReader in) {
            return new KnnRegressor(in.intValue("k"), readDistance(in), in.choice("weighting", Weighting.values()),
                    in.choice("search", SearchStrategy.values()), in.intValue("leafSize"), in.intValue("threads"));
        }

        @Override
        public void writeModel(KnnRegressorModel model, FieldWriter out) {
            writeRows(model, out);
            out.doubles("targets", model.trainingTargets());
        }

        @Override
        public KnnRegressorModel readModel(KnnRegressor learner, FieldReader in) {
            Dataset rows = readRows(in);
            double[] targets = in.doubles("targets", rows.rows(), rows.rows() + " training rows");
            return learner.fit(rows.withTargets(targets, "target"));
        }
    }
}
