package io.github.classicml.algorithms.internal.provisional;

import io.github.classicml.core.Model;

import java.util.List;

/** PROVISIONAL: the fields a codec reads; replaced by the model-file infrastructure's reader. */
public interface StateReader {
    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    int getInt(String name);

    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    long getLong(String name);

    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    double getDouble(String name);

    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    boolean getBoolean(String name);

    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    String getString(String name);

    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    List<String> getStrings(String name);

    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    int[] getInts(String name);

    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    double[] getDoubles(String name);

    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    long[] getLongs(String name);

    /**
     * Provisional.
     *
     * @param name the name
     * @param kind the kind
     * @param <M> the kind
     * @return the value
     */
    <M extends Model> M getModel(String name, Class<M> kind);

    /**
     * Provisional.
     *
     * @param name the name
     * @param kind the kind
     * @param <M> the kind
     * @return the value
     */
    <M extends Model> List<M> getModels(String name, Class<M> kind);

    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    List<int[]> getIntArrays(String name);

    /**
     * Provisional.
     *
     * @param name the name
     * @return the value
     */
    boolean has(String name);
}
