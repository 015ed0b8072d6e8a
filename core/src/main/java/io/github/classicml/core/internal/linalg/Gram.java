package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.internal.Parallel;

/**
 * The Gram matrix {@code Z^T Z} of a shifted, weighted design with the target as its last column,
 * {@code Z = [sqrt(w) (X - 1 c^T), sqrt(w) (y - c_y)]}: the one pass over the data that the normal
 * equations of least squares need.
 *
 * <p>The rows are cut into chunks of {@value #CHUNK_ROWS} (a fixed split, so the sum never depends on
 * the thread count); each chunk packs {@value #PANEL_ROWS} shifted rows at a time into a column-major
 * panel that stays in the cache, and the kernel ({@link KernelSet#gramPanel}) adds the panel's upper
 * triangle in 4 × 4 blocks of fused multiply-adds. Chunks are summed in order. Cost
 * {@code n (p + 1)^2 / 2} multiply-adds.
 */
public final class Gram {

    /** Rows per task. */
    public static final int CHUNK_ROWS = 8192;
    /** Rows per packed panel. */
    static final int PANEL_ROWS = 256;

    private Gram() {
    }

    /**
     * @param x the design, row-major {@code rows × columns}; not modified
     * @param rows the number of rows
     * @param columns the number of columns
     * @param shift the value subtracted from each column (usually its mean); not modified
     * @param y the target, one per row; not modified
     * @param yShift the value subtracted from the target
     * @param weights one weight per row, or null for all 1; not modified
     * @param parallel the threads
     * @return {@code (columns + 1)^2} entries, row-major, symmetric (both triangles filled)
     */
    public static double[] shifted(double[] x, int rows, int columns, double[] shift, double[] y, double yShift,
                                   double[] weights, Parallel parallel) {
        return shifted(KernelSelection.ACTIVE, x, rows, columns, shift, y, yShift, weights, parallel);
    }

    /**
     * {@link #shifted(double[], int, int, double[], double[], double, double[], Parallel)} with the
     * plain-Java kernel, whatever the active path (for benchmarks and tests).
     *
     * @param x the design; not modified
     * @param rows the number of rows
     * @param columns the number of columns
     * @param shift the column shifts; not modified
     * @param y the target; not modified
     * @param yShift the target shift
     * @param weights the weights or null; not modified
     * @param parallel the threads
     * @return the matrix
     */
    public static double[] shiftedScalar(double[] x, int rows, int columns, double[] shift, double[] y, double yShift,
                                         double[] weights, Parallel parallel) {
        return shifted(KernelSelection.scalar(), x, rows, columns, shift, y, yShift, weights, parallel);
    }

    static double[] shifted(KernelSet kernels, double[] x, int rows, int columns, double[] shift, double[] y,
                            double yShift, double[] weights, Parallel parallel) {
        int q = columns + 1;
        int width = (q + 3) / 4 * 4;
        int chunks = (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
        double[][] partial = new double[chunks][];
        parallel.forEach(chunks, c -> {
            double[] acc = new double[width * width];
            double[] panel = new double[width * PANEL_ROWS];
            int end = Math.min(rows, (c + 1) * CHUNK_ROWS);
            for (int start = c * CHUNK_ROWS; start < end; start += PANEL_ROWS) {
                int count = Math.min(PANEL_ROWS, end - start);
                int height = (count + 7) / 8 * 8;
                pack(x, columns, shift, y, yShift, weights, start, count, height, width, panel);
                kernels.gramPanel(panel, height, width, acc);
            }
            partial[c] = acc;
        });
        double[] out = new double[q * q];
        for (double[] acc : partial) {
            for (int a = 0; a < q; a++) {
                for (int b = a; b < q; b++) {
                    out[a * q + b] += acc[a * width + b];
                }
            }
        }
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < a; b++) {
                out[a * q + b] = out[b * q + a];
            }
        }
        return out;
    }

    /**
     * Packs {@code count} shifted, weighted rows column-major into a panel of {@code height} rows (zero
     * padded), eight rows at a time: each column's eight values fill one cache line of the panel while
     * the eight source rows stay in the cache (a tiled transpose).
     */
    private static void pack(double[] x, int columns, double[] shift, double[] y, double yShift, double[] weights,
                             int start, int count, int height, int width, double[] panel) {
        double[] scale = new double[8];
        for (int r0 = 0; r0 < count; r0 += 8) {
            int tile = Math.min(8, count - r0);
            for (int t = 0; t < tile; t++) {
                scale[t] = weights == null ? 1.0 : Math.sqrt(weights[start + r0 + t]);
            }
            for (int j = 0; j < columns; j++) {
                double c = shift[j];
                int out = j * height + r0;
                int in = (start + r0) * columns + j;
                for (int t = 0; t < tile; t++) {
                    panel[out + t] = scale[t] * (x[in + t * columns] - c);
                }
            }
            int out = columns * height + r0;
            for (int t = 0; t < tile; t++) {
                panel[out + t] = scale[t] * (y[start + r0 + t] - yShift);
            }
        }
        // padded columns stay 0 from allocation; padded rows (a short last panel) are cleared
        if (count < height) {
            for (int j = 0; j <= columns; j++) {
                java.util.Arrays.fill(panel, j * height + count, (j + 1) * height, 0.0);
            }
        }
    }
}
