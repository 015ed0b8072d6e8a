package io.github.classicml.algorithms.tree;

/**
 * Sorts a range of values together with their row ids, without boxing: an introspective quicksort
 * (median of three, Hoare partition that stops on equal keys, so runs of equal values split evenly)
 * with insertion sort for short ranges. O(n log n); not stable, which the split scans never need
 * (they only look at the places where the value changes).
 */
final class Presort {

    private static final int INSERTION = 24;

    private Presort() {
    }

    /**
     * Sorts {@code keys[from..to-1]} ascending, moving {@code ids} along.
     *
     * @param keys the values
     * @param ids the row ids, permuted with the values
     * @param from the first position
     * @param to one past the last position
     */
    static void sort(double[] keys, int[] ids, int from, int to) {
        int depthLimit = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from)));
        sort(keys, ids, from, to - 1, depthLimit);
    }

    private static void sort(double[] keys, int[] ids, int lo, int hi, int depthLimit) {
        while (hi - lo > INSERTION) {
            if (depthLimit-- == 0) {
                heapSort(keys, ids, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < keys[lo]) {
                swap(keys, ids, mid, lo);
            }
            if (keys[hi] < keys[lo]) {
                swap(keys, ids, hi, lo);
            }
            if (keys[hi] < keys[mid]) {
                swap(keys, ids, hi, mid);
            }
            double pivot = keys[mid];
            int i = lo - 1;
            int j = hi + 1;
            while (true) {
                do {
                    i++;
                } while (keys[i] < pivot);
                do {
                    j--;
                } while (keys[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(keys, ids, i, j);
            }
            // recurse into the smaller part, loop on the larger
            if (j - lo < hi - j) {
                sort(keys, ids, lo, j, depthLimit);
                lo = j + 1;
            } else {
                sort(keys, ids, j + 1, hi, depthLimit);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double key = keys[i];
            int id = ids[i];
            int j = i - 1;
            while (j >= lo && keys[j] > key) {
                keys[j + 1] = keys[j];
                ids[j + 1] = ids[j];
                j--;
            }
            keys[j + 1] = key;
            ids[j + 1] = id;
        }
    }

    private static void heapSort(double[] keys, int[] ids, int lo, int hi) {
        int size = hi - lo + 1;
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(keys, ids, lo, i, size);
        }
        for (int end = size - 1; end > 0; end--) {
            swap(keys, ids, lo, lo + end);
            siftDown(keys, ids, lo, 0, end);
        }
    }

    private static void siftDown(double[] keys, int[] ids, int lo, int i, int size) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && keys[lo + child + 1] > keys[lo + child]) {
                child++;
            }
            if (keys[lo + i] >= keys[lo + child]) {
                return;
            }
            swap(keys, ids, lo + i, lo + child);
            i = child;
        }
    }

    private static void swap(double[] keys, int[] ids, int a, int b) {
        double k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
    }
}
