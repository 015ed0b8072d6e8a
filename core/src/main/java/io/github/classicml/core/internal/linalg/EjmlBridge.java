package io.github.classicml.core.internal.linalg;

import io.github.classicml.core.Check;
import io.github.classicml.core.Dataset;
import org.ejml.data.DMatrixRMaj;

/**
 * Copies between classicml's immutable data and EJML's mutable matrices.
 *
 * <p>Decompositions (QR, Cholesky, SVD, eigen) come from EJML. EJML's solvers may overwrite their
 * inputs, so every method here returns a fresh matrix or array that the caller owns: an EJML matrix
 * never aliases a {@link Dataset} or an array held by a model.
 */
public final class EjmlBridge {

    private EjmlBridge() {
    }

    /**
     * @param data the dataset; not modified
     * @return a new {@code rows x columns} matrix holding a copy of its features
     */
    public static DMatrixRMaj features(Dataset data) {
        Check.notNull("data", data);
        return DMatrixRMaj.wrap(data.rows(), data.columns(), data.features());
    }

    /**
     * @param values the values; not modified
     * @return a new column vector ({@code values.length x 1}) holding a copy of them
     */
    public static DMatrixRMaj column(double[] values) {
        Check.notNull("values", values);
        return DMatrixRMaj.wrap(values.length, 1, values.clone());
    }

    /**
     * @param matrix the matrix; not modified
     * @return a copy of its values, row-major
     */
    public static double[] toRowMajor(DMatrixRMaj matrix) {
        Check.notNull("matrix", matrix);
        double[] out = new double[matrix.getNumElements()];
        System.arraycopy(matrix.data, 0, out, 0, out.length);
        return out;
    }
}
