package io.github.classicml.algorithms.tree;

import java.util.List;
import java.util.Locale;

/** The text and Graphviz renderings of a fitted tree. */
final class TreeExport {

    private TreeExport() {
    }

    /** How a leaf or node is described: its prediction in words. */
    interface Describer {
        String leaf(int node);
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * scikit-learn's {@code export_text} layout: one line per branch, {@code |   } per level,
     * {@code |--- name <= t} for the left branch and {@code |--- name >  t} for the right, leaves as
     * {@code |--- class: name} or {@code |--- value: [v]}.
     */
    static String text(Tree tree, List<String> columnNames, int decimals, Describer describer) {
        StringBuilder out = new StringBuilder();
        if (tree.isLeaf(0)) {
            out.append("|--- ").append(describer.leaf(0)).append('\n');
            return out.toString();
        }
        text(tree, columnNames, decimals, describer, 0, 1, out);
        return out.toString();
    }

    private static void text(Tree tree, List<String> names, int decimals, Describer describer, int node, int depth,
                             StringBuilder out) {
        String indent = "|   ".repeat(depth - 1) + "|--- ";
        String name = names.get(tree.feature[node]);
        String threshold = fixed(tree.threshold[node], decimals);
        int[] children = {tree.left[node], tree.right[node]};
        String[] signs = {" <= ", " >  "};
        for (int side = 0; side < 2; side++) {
            out.append(indent).append(name).append(signs[side]).append(threshold).append('\n');
            int child = children[side];
            if (tree.isLeaf(child)) {
                out.append("|   ".repeat(depth)).append("|--- ").append(describer.leaf(child)).append('\n');
            } else {
                text(tree, names, decimals, describer, child, depth + 1, out);
            }
        }
    }

    /** A Graphviz DOT digraph: one box per node (split, impurity, rows, value), edges True/False at the root. */
    static String dot(Tree tree, List<String> columnNames, String criterion, Describer describer) {
        StringBuilder out = new StringBuilder();
        out.append("digraph Tree {\n");
        out.append("node [shape=box, style=\"rounded\", fontname=\"helvetica\"] ;\n");
        out.append("edge [fontname=\"helvetica\"] ;\n");
        for (int node = 0; node < tree.nodeCount; node++) {
            StringBuilder label = new StringBuilder();
            if (!tree.isLeaf(node)) {
                label.append(escape(columnNames.get(tree.feature[node]))).append(" &le; ")
                        .append(fixed(tree.threshold[node], 3)).append("<br/>");
            }
            label.append(criterion).append(" = ").append(fixed(tree.trueImpurity(node), 3)).append("<br/>");
            label.append("rows = ").append(tree.rows[node]).append("<br/>");
            label.append(escape(describer.leaf(node)));
            out.append(node).append(" [label=<").append(label).append(">] ;\n");
            if (!tree.isLeaf(node)) {
                out.append(node).append(" -> ").append(tree.left[node]);
                out.append(node == 0 ? " [labeldistance=2.5, labelangle=45, headlabel=\"True\"]" : "").append(" ;\n");
                out.append(node).append(" -> ").append(tree.right[node]);
                out.append(node == 0 ? " [labeldistance=2.5, labelangle=-45, headlabel=\"False\"]" : "").append(" ;\n");
            }
        }
        out.append("}\n");
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
