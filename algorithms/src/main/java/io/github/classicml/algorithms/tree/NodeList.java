package io.github.classicml.algorithms.tree;

import java.util.Arrays;

/** The nodes of a tree while it grows: growable arrays in the layout of {@link Tree}. */
final class NodeList {
    final int stride;
    int count;
    int[] feature = new int[16];
    double[] threshold = new double[16];
    int[] left = new int[16];
    int[] right = new int[16];
    double[] impurity = new double[16];
    int[] rows = new int[16];
    double[] weight = new double[16];
    double[] value;

    NodeList(int stride) {
        this.stride = stride;
        this.value = new double[16 * stride];
    }

    int add(int parent, boolean isLeft) {
        if (count == feature.length) {
            int size = count * 2;
            feature = Arrays.copyOf(feature, size);
            threshold = Arrays.copyOf(threshold, size);
            left = Arrays.copyOf(left, size);
            right = Arrays.copyOf(right, size);
            impurity = Arrays.copyOf(impurity, size);
            rows = Arrays.copyOf(rows, size);
            weight = Arrays.copyOf(weight, size);
            value = Arrays.copyOf(value, size * stride);
        }
        int id = count++;
        left[id] = Tree.LEAF;
        right[id] = Tree.LEAF;
        if (parent >= 0) {
            if (isLeft) {
                left[parent] = id;
            } else {
                right[parent] = id;
            }
        }
        return id;
    }

    void makeLeaf(int id) {
        feature[id] = Tree.LEAF;
        threshold[id] = Tree.LEAF;
        left[id] = Tree.LEAF;
        right[id] = Tree.LEAF;
    }

    Tree toTree() {
        return new Tree(count, stride, Arrays.copyOf(feature, count), Arrays.copyOf(threshold, count),
                Arrays.copyOf(left, count), Arrays.copyOf(right, count), Arrays.copyOf(impurity, count),
                Arrays.copyOf(rows, count), Arrays.copyOf(weight, count), Arrays.copyOf(value, count * stride));
    }
}
