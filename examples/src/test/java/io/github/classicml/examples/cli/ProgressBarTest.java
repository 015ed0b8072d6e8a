package io.github.classicml.examples.cli;

import io.github.classicml.core.Progress;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void drawsEachNewPercent_countingEveryRound() {
        ProgressBar bar = new ProgressBar(err, "fitting kmeans", 0);
        // round 2 of 4, step 5 of 10: (1 + 5/10) / 4 = 37.5 %, shown as 37 %; 30 * 37 / 100 = 11.1 → 11 marks
        bar.onStep(new Progress(2, 4, 5, 10, 12.5, 0.1));
        bar.onStep(new Progress(2, 4, 5, 10, 12.5, 0.1));    // the same percent: not drawn again
        bar.finish();
        assertEquals("\rfitting kmeans [###########...................]  37% round 2/4 step 5/10 loss 12.5000  \n",
                bytes.toString(StandardCharsets.UTF_8));
        assertEquals(2, bar.steps());
    }

    @Test
    void aLossOfNaN_isLeftOut_andOneRoundIsNotNamed() {
        ProgressBar bar = new ProgressBar(err, "x", 0);
        bar.onStep(new Progress(1, 1, 4, 4, Double.NaN, Double.NaN));
        assertEquals("\rx [##############################] 100% step 4/4  ", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBarStillWaitingForItsDelay_leavesNoTrace() {
        ProgressBar bar = new ProgressBar(err, "quick", 3_600_000);
        bar.onStep(new Progress(1, 1, 1, 2, 1, 1));
        bar.onStep(new Progress(1, 1, 2, 2, 0.5, 1));
        bar.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        assertEquals(2, bar.steps());
    }
}
