package io.github.classicml.benchmarks.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The comparison table, as aligned text for the terminal and as Markdown for the README.
 *
 * <p>Columns: workload, row, threads, classicml's median seconds, scikit-learn's, the speed-up
 * (scikit-learn's time divided by classicml's: above 1, classicml is faster), both quality figures,
 * the fastest other library's time from {@code WORKLOADS.md} and the speed-up against it. Figures that
 * must agree exactly ({@code auc}, {@code trace}) are marked {@code (= sklearn)} or
 * {@code (differs from sklearn)}. When other Java libraries were timed in the same sitting (Smile and
 * Tribuo, from {@code ../shared/bench/java-peers}), each adds three columns: its time, its time over
 * classicml's, and its quality.
 */
public final class ResultTable {

    /** Quality figures that every library must reproduce exactly. */
    static final Set<String> EXACT = Set.of("auc", "trace");

    /** What happened to a row. */
    public enum Status {
        /** Timed. */
        MEASURED,
        /** Its task class is not on the classpath. */
        NOT_BUILT,
        /** The task threw, or does not match its registry entry. */
        FAILED
    }

    /**
     * One line of the table: one row of a workload at one thread count.
     *
     * @param row the registry entry
     * @param threads the thread count
     * @param status what happened
     * @param message for {@code FAILED}, the error; otherwise empty
     * @param seconds classicml's median wall time, or null
     * @param quality classicml's quality figures (empty unless measured)
     * @param peer scikit-learn's result for the same row and thread count
     * @param fastest the fastest other library's figure
     * @param others other Java libraries timed in the same sitting (Smile, Tribuo), by peer label, in
     *     column order; empty when none were given
     */
    public record Line(Workloads.Row row, int threads, Status status, String message, Double seconds,
                       Map<String, Double> quality, Optional<PeerResults.Result> peer,
                       Optional<Workloads.Fastest> fastest, Map<String, Optional<PeerResults.Result>> others) {

        /**
         * A line without other Java libraries.
         *
         * @param row the registry entry
         * @param threads the thread count
         * @param status what happened
         * @param message the error, or empty
         * @param seconds classicml's median wall time, or null
         * @param quality classicml's quality figures
         * @param peer scikit-learn's result
         * @param fastest the fastest other library's figure
         */
        public Line(Workloads.Row row, int threads, Status status, String message, Double seconds,
                    Map<String, Double> quality, Optional<PeerResults.Result> peer, Optional<Workloads.Fastest> fastest) {
            this(row, threads, status, message, seconds, quality, peer, fastest, Map.of());
        }

        /**
         * @param value the other libraries' results for this line, by peer label, in column order
         * @return a copy with them
         */
        public Line withOthers(Map<String, Optional<PeerResults.Result>> value) {
            return new Line(row, threads, status, message, seconds, quality, peer, fastest, value);
        }
    }

    private static final List<String> HEADER = List.of("workload", "row", "threads", "classicml s", "sklearn s",
            "sklearn/classicml", "classicml quality", "sklearn quality", "fastest other s", "fastest/classicml");

    private ResultTable() {
    }

    /**
     * @param lines the lines
     * @return an aligned plain-text table, one line per row, with a header line
     */
    public static String text(List<Line> lines) {
        List<List<String>> cells = cells(lines);
        int[] width = new int[cells.get(0).size()];
        for (List<String> r : cells) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            List<String> r = cells.get(i);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < width.length; c++) {
                line.append(String.format(Locale.ROOT, "%-" + width[c] + "s", r.get(c)));
                if (c + 1 < width.length) {
                    line.append("  ");
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (i == 0) {
                int total = line.toString().stripTrailing().length();
                sb.append("-".repeat(total)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * @param lines the lines
     * @return a Markdown table
     */
    public static String markdown(List<Line> lines) {
        List<List<String>> cells = cells(lines);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append("| ").append(String.join(" | ", cells.get(i))).append(" |\n");
            if (i == 0) {
                sb.append("|").append("---|".repeat(cells.get(0).size())).append('\n');
            }
        }
        return sb.toString();
    }

    /** The labels of the other Java libraries in the lines, in the order of the first line that has them. */
    private static List<String> otherPeers(List<Line> lines) {
        List<String> peers = new ArrayList<>();
        for (Line l : lines) {
            for (String peer : l.others().keySet()) {
                if (!peers.contains(peer)) {
                    peers.add(peer);
                }
            }
        }
        return peers;
    }

    private static List<String> header(List<Line> lines) {
        List<String> header = new ArrayList<>(HEADER);
        for (String peer : otherPeers(lines)) {
            header.add(peer + " s");
            header.add(peer + "/classicml");
            header.add(peer + " quality");
        }
        return header;
    }

    private static List<List<String>> cells(List<Line> lines) {
        List<List<String>> out = new ArrayList<>();
        List<String> peers = otherPeers(lines);
        out.add(header(lines));
        for (Line l : lines) {
            Double peerSeconds = l.peer().map(PeerResults.Result::medianSeconds).orElse(null);
            String mine;
            switch (l.status()) {
                case MEASURED:
                    mine = seconds(l.seconds());
                    break;
                case NOT_BUILT:
                    mine = "not built";
                    break;
                default:
                    mine = "failed: " + l.message();
            }
            List<String> cells = new ArrayList<>(List.of(
                    l.row().workload(),
                    l.row().row(),
                    Integer.toString(l.threads()),
                    mine,
                    peerSeconds == null ? "–" : seconds(peerSeconds),
                    ratio(peerSeconds, l.seconds()),
                    quality(l.row().quality(), l.quality(), l.peer().map(PeerResults.Result::metrics)),
                    l.peer().map(p -> quality(l.row().quality(), p.metrics(), Optional.empty())).orElse("–"),
                    l.fastest().map(f -> seconds(f.seconds()) + " " + f.library()).orElse("–"),
                    ratio(l.fastest().map(Workloads.Fastest::seconds).orElse(null), l.seconds())));
            for (String peer : peers) {
                Optional<PeerResults.Result> other = l.others().getOrDefault(peer, Optional.empty());
                Double otherSeconds = other.map(PeerResults.Result::medianSeconds).orElse(null);
                cells.add(otherSeconds == null ? "–" : seconds(otherSeconds));
                cells.add(ratio(otherSeconds, l.seconds()));
                cells.add(other.map(p -> quality(l.row().quality(), p.metrics(), Optional.empty())).orElse("–"));
            }
            out.add(cells);
        }
        return out;
    }

    /** {@code other / mine} as {@code 2.41x}, or a dash when either is missing. */
    static String ratio(Double other, Double mine) {
        if (other == null || mine == null || !(mine > 0)) {
            return "–";
        }
        return significant(other / mine, 3) + "x";
    }

    /** Seconds to 3 significant digits, trailing zeros kept ({@code 15.0}, {@code 0.700}). */
    static String seconds(double s) {
        if (!(s > 1e-4 && s < 1e9)) {
            return significant(s, 3);
        }
        return new BigDecimal(s).round(new MathContext(3)).toPlainString();
    }

    /**
     * The named figures as {@code name value, name value}; exact figures get a mark when the
     * reference has them too.
     */
    static String quality(List<String> names, Map<String, Double> values, Optional<Map<String, Double>> reference) {
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            Double v = values.get(name);
            if (v == null) {
                continue;
            }
            String part = name + " " + (EXACT.contains(name) ? exact(v) : significant(v, 6));
            Double r = reference.map(m -> m.get(name)).orElse(null);
            if (EXACT.contains(name) && r != null) {
                part += r.equals(v) ? " (= sklearn)" : " (differs from sklearn)";
            }
            parts.add(part);
        }
        return parts.isEmpty() ? "–" : String.join(", ", parts);
    }

    /** Every digit: integers without a decimal point, other values as Java prints them. */
    static String exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** {@code digits} significant digits, plain notation between 1e-4 and 1e9, else scientific. */
    static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-4 || a >= 1e9) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
