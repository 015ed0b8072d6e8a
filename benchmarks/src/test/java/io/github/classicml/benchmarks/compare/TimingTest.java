package io.github.classicml.benchmarks.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimingTest {

    /**
     * A clock that a call moves forward by the next of the given durations: the call reads the clock
     * before and after, and each call advances it once.
     */
    private static final class ScriptedCalls {
        private final double[] seconds;
        private int calls;
        private long now;
        private int gcs;
        private final List<String> events = new ArrayList<>();

        ScriptedCalls(double... seconds) {
            this.seconds = seconds;
        }

        LongSupplier clock() {
            return () -> now;
        }

        Object call() {
            events.add("call");
            now += (long) (seconds[Math.min(calls, seconds.length - 1)] * 1e9);
            return calls++;
        }

        void gc() {
            events.add("gc");
            gcs++;
        }
    }

    @Test
    void median_oddAndEvenCounts_likePythonStatistics() {
        assertEquals(3.0, Timing.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(2.5, Timing.median(List.of(4.0, 1.0, 2.0, 3.0)));
        assertEquals(7.0, Timing.median(List.of(7.0)));
        assertEquals("values must not be empty",
                assertThrows(IllegalArgumentException.class, () -> Timing.median(List.of())).getMessage());
    }

    @Test
    void repsAfter_followsTheSlowestWarmup() {
        Timing t = Timing.standard();
        assertEquals(5, t.repsAfter(0.5));
        assertEquals(5, t.repsAfter(10.0));
        assertEquals(3, t.repsAfter(10.5));
        assertEquals(3, t.repsAfter(30.0));
        assertEquals(1, t.repsAfter(30.5));
        assertEquals(2, t.withReps(2).repsAfter(12));
    }

    @Test
    void measure_shortCalls_warmUpWithinTheBudgetThenTimeFive() {
        // 0.3 s calls: warm-ups until 2 s have passed (7 calls = 2.1 s), then 5 timed calls
        ScriptedCalls c = new ScriptedCalls(0.3);
        Timing.Measurement m = Timing.standard().measure(c::call, c.clock(), c::gc);
        assertEquals(7, m.warmupSeconds().size());
        assertEquals(List.of(0.3, 0.3, 0.3, 0.3, 0.3), m.timesSeconds());
        assertEquals(0.3, m.medianSeconds());
        assertEquals(11, m.lastResult());
        assertEquals(12, c.gcs);
        // garbage is collected before every call
        for (int i = 0; i < c.events.size(); i += 2) {
            assertEquals(List.of("gc", "call"), c.events.subList(i, i + 2));
        }
    }

    @Test
    void measure_neverFewerThanTheMinimumWarmups_evenForSlowCalls() {
        // warm-ups of 4 s and 6 s (over the budget after the first), then 5 timed calls of 5 s
        ScriptedCalls c = new ScriptedCalls(4, 6, 5, 5, 5, 5, 5);
        Timing.Measurement m = Timing.standard().measure(c::call, c.clock(), c::gc);
        assertEquals(List.of(4.0, 6.0), m.warmupSeconds());
        assertEquals(5, m.timesSeconds().size());
    }

    @Test
    void measure_longCalls_stopWarmingAndTimeThreeOrOne() {
        ScriptedCalls c = new ScriptedCalls(12, 11, 13, 12);
        Timing.Measurement m = Timing.standard().measure(c::call, c.clock(), c::gc);
        assertEquals(List.of(12.0), m.warmupSeconds(), "a warm-up over 10 s ends the warm-up");
        assertEquals(List.of(11.0, 13.0, 12.0), m.timesSeconds());
        assertEquals(12.0, m.medianSeconds());

        ScriptedCalls d = new ScriptedCalls(1, 40, 35);
        Timing.Measurement n = Timing.standard().measure(d::call, d.clock(), d::gc);
        assertEquals(List.of(1.0, 40.0), n.warmupSeconds());
        assertEquals(List.of(35.0), n.timesSeconds());
    }

    @Test
    void timing_invalid_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Timing(0, 1, 5, 5, 10));
        assertEquals("timing must have 1 <= minWarmups <= maxWarmups, reps >= 1, warmupBudgetSeconds >= 0 and"
                + " longCallSeconds > 0, got minWarmups 0, maxWarmups 5, reps 5, warmupBudgetSeconds 1.0,"
                + " longCallSeconds 10.0", e.getMessage());
    }
}
