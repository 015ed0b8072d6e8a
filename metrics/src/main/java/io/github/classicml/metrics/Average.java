package io.github.classicml.metrics;

/**
 * How per-class figures of a multi-class problem are combined into one.
 *
 * <ul>
 *   <li>{@link #MACRO}: the plain mean over the classes, each class counting equally however rare.
 *   <li>{@link #WEIGHTED}: the mean weighted by support (the number of rows actually in each class).
 *   <li>{@link #MICRO}: pool the counts of every class first, then take one ratio; for single-label
 *       multi-class data micro precision, recall and F1 all equal accuracy.
 * </ul>
 *
 * <p>These are scikit-learn's {@code average="macro"}, {@code "weighted"} and {@code "micro"}.
 */
public enum Average {
    /** Unweighted mean over the classes. */
    MACRO,
    /** Mean over the classes weighted by their support. */
    WEIGHTED,
    /** One ratio of the counts summed over the classes. */
    MICRO;

    /** @return the lower-case name used in reports, e.g. {@code macro} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
