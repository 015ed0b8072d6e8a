package io.github.classicml.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats the per-class table of {@link ConfusionMatrix#report}: one line per class with precision,
 * recall, specificity, F1 and support, then accuracy and the macro and weighted averages.
 */
final class ClassificationReport {

    private static final String[] HEADERS = {"precision", "recall", "specificity", "f1-score", "support"};

    private ClassificationReport() {
    }

    static String format(ConfusionMatrix m, ZeroDivision zeroDivision, int digits) {
        List<String> labels = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        for (int c = 0; c < m.classCount(); c++) {
            ClassCounts t = m.classCounts(c).withZeroDivision(zeroDivision);
            labels.add(m.classNames().get(c));
            cells.add(new String[] {Ratio.fixed(t.precision().value(), digits), Ratio.fixed(t.recall().value(), digits),
                Ratio.fixed(t.specificity().value(), digits), Ratio.fixed(t.f1().value(), digits),
                Long.toString(t.support())});
        }
        String total = Long.toString(m.total());
        labels.add("");
        cells.add(null);
        labels.add("accuracy");
        cells.add(new String[] {"", "", "", Ratio.fixed(m.accuracy().value(), digits), total});
        for (Average a : new Average[] {Average.MACRO, Average.WEIGHTED}) {
            AveragedMetrics avg = m.average(a, zeroDivision);
            labels.add(a.label() + " avg");
            cells.add(new String[] {Ratio.fixed(avg.precision().value(), digits), Ratio.fixed(avg.recall().value(), digits),
                Ratio.fixed(avg.specificity().value(), digits), Ratio.fixed(avg.f1().value(), digits), total});
        }

        int labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, label.length());
        }
        int[] widths = new int[HEADERS.length];
        for (int j = 0; j < HEADERS.length; j++) {
            widths[j] = HEADERS[j].length();
            for (String[] row : cells) {
                if (row != null) {
                    widths[j] = Math.max(widths[j], row[j].length());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, "", HEADERS, labelWidth, widths);
        for (int i = 0; i < labels.size(); i++) {
            if (cells.get(i) == null) {
                sb.append('\n');
            } else {
                line(sb, labels.get(i), cells.get(i), labelWidth, widths);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String[] cells, int labelWidth, int[] widths) {
        StringBuilder row = new StringBuilder(label);
        row.append(" ".repeat(labelWidth - label.length()));
        for (int j = 0; j < cells.length; j++) {
            row.append("  ").append(" ".repeat(widths[j] - cells[j].length())).append(cells[j]);
        }
        sb.append(row.toString().stripTrailing()).append('\n');
    }
}
