package io.github.classicml.algorithms.ensemble;

import io.github.classicml.core.Check;
import io.github.classicml.core.Classifier;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Regressor;

import java.util.List;

/** Small members whose answers are easy to work out by hand. */
final class TestMembers {

    private TestMembers() {
    }

    /** Predicts class 1 when column 0 exceeds its training mean: a classifier without probabilities. */
    record StumpAtMean() implements Learner<StumpAtMean.Model> {
        @Override
        public Model fit(Dataset data) {
            Check.hasClasses(data);
            Check.minRows(data, 1);
            double mean = 0;
            for (int i = 0; i < data.rows(); i++) {
                mean += data.get(i, 0);
            }
            return new Model(this, mean / data.rows(), data.columns(), data.classNames());
        }

        record Model(StumpAtMean learner, double mean, int columns, List<String> classNames) implements Classifier {
            @Override
            public int predict(double[] row) {
                Check.rowWidth(row, columns);
                return row[0] > mean && classNames.size() > 1 ? 1 : 0;
            }
        }
    }

    /** Predicts the training mean of the targets. */
    record MeanRegressor() implements Learner<MeanRegressor.Model> {
        @Override
        public Model fit(Dataset data) {
            Check.finiteTargets(data);
            Check.minRows(data, 1);
            double mean = 0;
            for (int i = 0; i < data.rows(); i++) {
                mean += data.target(i);
            }
            return new Model(this, mean / data.rows(), data.columns());
        }

        record Model(MeanRegressor learner, double mean, int columns) implements Regressor {
            @Override
            public double predict(double[] row) {
                Check.rowWidth(row, columns);
                return mean;
            }
        }
    }
}
