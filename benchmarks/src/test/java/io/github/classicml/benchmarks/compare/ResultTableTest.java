package io.github.classicml.benchmarks.compare;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResultTableTest {

    private static final Workloads.Row AUC = Workloads.ROWS.stream()
            .filter(r -> r.row().equals("auc")).findFirst().orElseThrow();
    private static final Workloads.Row CART = Workloads.ROWS.stream()
            .filter(r -> r.row().equals("cart")).findFirst().orElseThrow();

    private static List<ResultTable.Line> lines() {
        PeerResults.Result peer = new PeerResults.Result("sklearn", "1.2.1", "W8", "auc", 1, 0.16,
                Map.of("auc", 0.75));
        return List.of(
                new ResultTable.Line(AUC, 1, ResultTable.Status.MEASURED, "", 0.04, Map.of("auc", 0.75),
                        Optional.of(peer), Workloads.fastest("W8", "auc", 1)),
                new ResultTable.Line(CART, 1, ResultTable.Status.NOT_BUILT, "", null, Map.of(),
                        Optional.empty(), Workloads.fastest("W6", "cart", 1)));
    }

    @Test
    void markdown_hasOneLinePerRow_withRatiosAndMarks() {
        assertEquals("| workload | row | threads | classicml s | sklearn s | sklearn/classicml | classicml quality"
                + " | sklearn quality | fastest other s | fastest/classicml |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n"
                + "| W8 | auc | 1 | 0.0400 | 0.160 | 4x | auc 0.75 (= sklearn) | auc 0.75 | 0.0580 Smile | 1.45x |\n"
                + "| W6 | cart | 1 | not built | – | – | – | – | 0.239 Smile | – |\n",
                ResultTable.markdown(lines()));
    }

    @Test
    void text_alignsColumns_underAHeaderRule() {
        String[] text = ResultTable.text(lines()).split("\n");
        assertEquals(4, text.length);
        assertEquals(text[0].length(), text[1].length());
        assertEquals(text[0].indexOf("classicml s"), text[2].indexOf("0.0400"));
        assertEquals(text[0].indexOf("classicml s"), text[3].indexOf("not built"));
        assertEquals("-".repeat(text[0].length()), text[1]);
    }

    @Test
    void quality_exactFigures_showEveryDigitAndWhetherTheyAgree() {
        assertEquals("trace 730123 (= sklearn)", ResultTable.quality(List.of("trace"), Map.of("trace", 730123.0),
                Optional.of(Map.of("trace", 730123.0))));
        assertEquals("auc 0.7000000001 (differs from sklearn)", ResultTable.quality(List.of("auc"),
                Map.of("auc", 0.7000000001), Optional.of(Map.of("auc", 0.7))));
        assertEquals("test_accuracy 0.812346, objective 21234.6", ResultTable.quality(
                List.of("test_accuracy", "objective"), Map.of("test_accuracy", 0.8123456, "objective", 21234.56),
                Optional.empty()));
        assertEquals("–", ResultTable.quality(List.of("r2"), Map.of(), Optional.empty()));
    }

    @Test
    void numbers_significantDigits() {
        assertEquals("0.124", ResultTable.seconds(0.12401));
        assertEquals("0.00490", ResultTable.seconds(0.0049));
        assertEquals("15.0", ResultTable.seconds(14.9743));
        assertEquals("0.700", ResultTable.seconds(0.7));
        assertEquals("106", ResultTable.seconds(105.9));
        assertEquals("24240000", ResultTable.significant(24_240_000.0, 6));
        assertEquals("2.42e+09", ResultTable.significant(2_424_000_000.0, 3));
        assertEquals("5.00e-05", ResultTable.significant(0.00005, 3));
        assertEquals("0", ResultTable.significant(0, 3));
        assertEquals("2.41x", ResultTable.ratio(0.241, 0.1));
        assertEquals("–", ResultTable.ratio(null, 0.1));
        assertEquals("–", ResultTable.ratio(0.2, null));
    }
}
