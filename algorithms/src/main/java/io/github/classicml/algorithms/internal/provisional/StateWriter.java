package io.github.classicml.algorithms.internal.provisional;

import io.github.classicml.core.Model;

import java.util.List;

/** PROVISIONAL: the fields a codec writes; replaced by the model-file infrastructure's writer. */
public interface StateWriter {
    /**
     * Provisional.
     *
     * @param name the name
     * @param value the value
     */
    void putInt(String name, int value);

    /**
     * Provisional.
     *
     * @param name the name
     * @param value the value
     */
    void putLong(String name, long value);

    /**
     * Provisional.
     *
     * @param name the name
     * @param value the value
     */
    void putDouble(String name, double value);

    /**
     * Provisional.
     *
     * @param name the name
     * @param value the value
     */
    void putBoolean(String name, boolean value);

    /**
     * Provisional.
     *
     * @param name the name
     * @param value the value
     */
    void putString(String name, String value);

    /**
     * Provisional.
     *
     * @param name the name
     * @param values the values
     */
    void putStrings(String name, List<String> values);

    /**
     * Provisional.
     *
     * @param name the name
     * @param values the values
     */
    void putInts(String name, int[] values);

    /**
     * Provisional.
     *
     * @param name the name
     * @param values the values
     */
    void putDoubles(String name, double[] values);

    /**
     * Provisional.
     *
     * @param name the name
     * @param values the values
     */
    void putLongs(String name, long[] values);

    /**
     * Provisional.
     *
     * @param name the name
     * @param model the model
     */
    void putModel(String name, Model model);

    /**
     * Provisional.
     *
     * @param name the name
     * @param models the models
     */
    void putModels(String name, List<? extends Model> models);

    /**
     * Provisional.
     *
     * @param name the name
     * @param values the values
     */
    void putIntArrays(String name, List<int[]> values);
}
