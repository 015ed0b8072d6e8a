package io.github.classicml.algorithms.cluster;

import io.github.classicml.core.Check;
import io.github.classicml.core.internal.modelfile.FieldReader;
import io.github.classicml.core.internal.modelfile.FieldWriter;
import io.github.classicml.core.internal.modelfile.ModelCodec;

/**
 * k-means in a model file: the centres (row-major), the training rows' labels, the inertia and the
 * number of iterations, checked as a fit produces them: {@code clusters} rows of finite centres, at
 * least as many labels as clusters (k-means needs {@code clusters <= rows}), each label a cluster index,
 * a finite non-negative inertia, and 1 to {@code maxIterations} iterations.
 */
final class KMeansCodec implements ModelCodec<KMeans, KMeansModel> {

    @Override
    public String type() {
        return "KMeansModel";
    }

    @Override
    public Class<KMeansModel> modelClass() {
        return KMeansModel.class;
    }

    @Override
    public Class<KMeans> learnerClass() {
        return KMeans.class;
    }

    @Override
    public void writeLearner(KMeans learner, FieldWriter out) {
        out.integer("clusters", learner.clusters());
        out.text("init", learner.init().name());
        out.integer("restarts", learner.restarts());
        out.integer("maxIterations", learner.maxIterations());
        out.number("tolerance", learner.tolerance());
        out.text("algorithm", learner.algorithm().name());
        out.integer("seed", learner.seed());
        out.integer("threads", learner.threads());
    }

    @Override
    public KMeans readLearner(FieldReader in) {
        return new KMeans(in.intValue("clusters"), in.choice("init", KMeans.Init.values()), in.intValue("restarts"),
                in.intValue("maxIterations"), in.number("tolerance"), in.choice("algorithm", KMeans.Algorithm.values()),
                in.integer("seed"), in.intValue("threads"));
    }

    @Override
    public void writeModel(KMeansModel model, FieldWriter out) {
        out.integer("columns", model.columns());
        out.doubles("centres", model.flatCentres());
        out.ints("labels", model.labels());
        out.number("inertia", model.inertia());
        out.integer("iterations", model.iterations());
    }

    @Override
    public KMeansModel readModel(KMeans learner, FieldReader in) {
        int k = learner.clusters();
        int columns = Check.atLeast("columns", in.intValue("columns"), 1);
        double[] centres = in.doubles("centres", Check.tableSize("centres", k, "clusters", columns, "columns",
                Integer.MAX_VALUE), k + " clusters × " + columns + " columns");
        for (int i = 0; i < centres.length; i++) {
            Check.finite("centres", i, centres[i]);
        }
        int[] labels = in.ints("labels");
        Check.atMost("clusters", k, labels.length, "the number of rows");
        for (int i = 0; i < labels.length; i++) {
            Check.classIndex("labels", i, labels[i], k);
        }
        double inertia = Check.nonNegative("inertia", in.number("inertia"));
        int iterations = in.intValue("iterations");
        Check.atLeast("iterations", iterations, 1);
        Check.atMost("iterations", iterations, learner.maxIterations(), "maxIterations");
        return new KMeansModel(learner, new LloydIterations.Result(centres, labels, inertia, iterations), columns);
    }
}
