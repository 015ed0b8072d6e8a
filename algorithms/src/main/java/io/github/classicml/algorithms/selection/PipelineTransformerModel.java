package io.github.classicml.algorithms.selection;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.Learner;
import io.github.classicml.core.Transformer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A fitted chain of transformers: each row goes through every step in order. Immutable and safe for
 * concurrent use when its steps are.
 *
 * @see Pipeline
 */
public final class PipelineTransformerModel implements Transformer {

    private final Pipeline learner;
    private final List<Transformer> steps;

    PipelineTransformerModel(Pipeline learner, List<Transformer> steps) {
        this.learner = learner;
        this.steps = List.copyOf(steps);
    }

    /** @return the fitted steps, in order */
    public List<Transformer> steps() {
        return steps;
    }

    @Override
    public Pipeline learner() {
        return learner;
    }

    @Override
    public int columns() {
        return steps.get(0).columns();
    }

    @Override
    public int outputColumns() {
        return steps.get(steps.size() - 1).outputColumns();
    }

    @Override
    public double[] transform(double[] row) {
        Check.notNull("row", row);
        double[] current = row;
        for (Transformer t : steps) {
            current = t.transform(current);
        }
        return current;
    }

    @Override
    public List<String> outputColumnNames(List<String> inputNames) {
        List<String> names = inputNames;
        for (Transformer t : steps) {
            names = t.outputColumnNames(names);
        }
        return names;
    }

    @Override
    public Dataset transform(Dataset data) {
        Check.notNull("data", data);
        Dataset current = data;
        for (Transformer t : steps) {
            current = t.transform(current);
        }
        return current;
    }

    @Override
    public String toString() {
        return "PipelineTransformerModel[" + steps.stream().map(s -> s.getClass().getSimpleName())
                .collect(Collectors.joining(" -> ")) + ", " + columns() + " -> " + outputColumns() + " columns]";
    }
}
