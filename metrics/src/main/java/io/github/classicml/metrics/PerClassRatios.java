package io.github.classicml.metrics;

import io.github.classicml.core.Check;

import java.util.List;

/**
 * One {@link Ratio} per class, by class index: a per-class result such as the one-vs-rest AUC of
 * each class ({@link RocAuc#perClass}). Immutable.
 *
 * @param name what the ratios are, e.g. {@code one-vs-rest AUC}
 * @param ratios the ratio of each class, by class index; copied
 */
public record PerClassRatios(String name, List<Ratio> ratios) {

    /**
     * Validates and copies.
     *
     * @param name what the ratios are
     * @param ratios the ratio of each class, at least one, none null
     */
    public PerClassRatios {
        Check.notNull("name", name);
        ratios = List.copyOf(Check.notNull("ratios", ratios));
        Check.notEmpty("ratios", ratios.size());
    }

    /** @return the number of classes */
    public int classCount() {
        return ratios.size();
    }

    /**
     * @param c a class index
     * @return that class's ratio, with its working
     */
    public Ratio ratio(int c) {
        return ratios.get(Check.index("c", c, ratios.size()));
    }

    /**
     * @param c a class index
     * @return that class's value
     */
    public double value(int c) {
        return ratio(c).value();
    }

    /** @return the value of each class, by class index (a new array) */
    public double[] values() {
        double[] out = new double[ratios.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = ratios.get(c).value();
        }
        return out;
    }

    /** @return one line, e.g. {@code one-vs-rest AUC by class: 0 = 0.912, 1 = 0.850, 2 = 0.999} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append(" by class: ");
        for (int c = 0; c < ratios.size(); c++) {
            sb.append(c == 0 ? "" : ", ").append(c).append(" = ").append(Ratio.fixed(ratios.get(c).value(), 3));
        }
        return sb.toString();
    }
}
