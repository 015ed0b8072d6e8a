package io.github.classicml.core;

/**
 * One finished step of a fit, as reported to a {@link ProgressListener}.
 *
 * <p>Steps are numbered within a round: a round is one of several independent repetitions of the whole
 * fit (a restart of k-means, a fold of cross-validation); fits without repetitions have one round.
 *
 * @param round the round this step belongs to, from 1
 * @param rounds the number of rounds, at least 1
 * @param step the number of the finished step within its round, from 1
 * @param maxSteps the most steps a round may take (it may stop earlier, e.g. on convergence)
 * @param loss the objective after this step (k-means: the inertia), or NaN where the learner has none
 * @param change how much the step moved the model (k-means: the largest squared centre shift), or NaN
 */
public record Progress(int round, int rounds, int step, int maxSteps, double loss, double change) {

    /**
     * Validates the counts.
     *
     * @param round the round, in {@code [1, rounds]}
     * @param rounds the number of rounds, at least 1
     * @param step the step, in {@code [1, maxSteps]}
     * @param maxSteps the most steps of a round, at least 1
     * @param loss the objective, or NaN
     * @param change the size of the step, or NaN
     * @throws IllegalArgumentException if a count is out of range
     */
    public Progress {
        Check.atLeast("rounds", rounds, 1);
        Check.atLeast("round", round, 1);
        Check.atMost("round", round, rounds, "rounds");
        Check.atLeast("maxSteps", maxSteps, 1);
        Check.atLeast("step", step, 1);
        Check.atMost("step", step, maxSteps, "maxSteps");
    }

    @Override
    public String toString() {
        return "round " + round + "/" + rounds + ", step " + step + "/" + maxSteps + ", loss " + loss
                + ", change " + change;
    }
}
