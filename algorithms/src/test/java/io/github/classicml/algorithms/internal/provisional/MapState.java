package io.github.classicml.algorithms.internal.provisional;

import io.github.classicml.core.Model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields held in memory, for testing a codec's checks field by field: what one codec writes can be
 * changed before it is read back. Nested models are kept as objects (their own encoding is the file
 * format's business and is tested through files).
 */
public final class MapState implements StateWriter, StateReader {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** @return the fields, to change before reading */
    public Map<String, Object> fields() {
        return fields;
    }

    private Object get(String name) {
        Object v = fields.get(name);
        if (v == null && !fields.containsKey(name)) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return v;
    }

    @Override
    public void putInt(String name, int value) {
        fields.put(name, value);
    }

    @Override
    public void putLong(String name, long value) {
        fields.put(name, value);
    }

    @Override
    public void putDouble(String name, double value) {
        fields.put(name, value);
    }

    @Override
    public void putBoolean(String name, boolean value) {
        fields.put(name, value);
    }

    @Override
    public void putString(String name, String value) {
        fields.put(name, value);
    }

    @Override
    public void putStrings(String name, List<String> values) {
        fields.put(name, new ArrayList<>(values));
    }

    @Override
    public void putInts(String name, int[] values) {
        fields.put(name, values.clone());
    }

    @Override
    public void putDoubles(String name, double[] values) {
        fields.put(name, values.clone());
    }

    @Override
    public void putLongs(String name, long[] values) {
        fields.put(name, values.clone());
    }

    @Override
    public void putModel(String name, Model model) {
        fields.put(name, model);
    }

    @Override
    public void putModels(String name, List<? extends Model> models) {
        fields.put(name, new ArrayList<>(models));
    }

    @Override
    public void putIntArrays(String name, List<int[]> values) {
        List<int[]> copy = new ArrayList<>();
        for (int[] v : values) {
            copy.add(v.clone());
        }
        fields.put(name, copy);
    }

    @Override
    public int getInt(String name) {
        return (Integer) get(name);
    }

    @Override
    public long getLong(String name) {
        return (Long) get(name);
    }

    @Override
    public double getDouble(String name) {
        return (Double) get(name);
    }

    @Override
    public boolean getBoolean(String name) {
        return (Boolean) get(name);
    }

    @Override
    public String getString(String name) {
        return (String) get(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> getStrings(String name) {
        return List.copyOf((List<String>) get(name));
    }

    @Override
    public int[] getInts(String name) {
        return ((int[]) get(name)).clone();
    }

    @Override
    public double[] getDoubles(String name) {
        return ((double[]) get(name)).clone();
    }

    @Override
    public long[] getLongs(String name) {
        return ((long[]) get(name)).clone();
    }

    @Override
    public <M extends Model> M getModel(String name, Class<M> kind) {
        return kind.cast(get(name));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <M extends Model> List<M> getModels(String name, Class<M> kind) {
        List<M> out = new ArrayList<>();
        for (Object o : (List<Object>) get(name)) {
            out.add(kind.cast(o));
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<int[]> getIntArrays(String name) {
        List<int[]> out = new ArrayList<>();
        for (int[] v : (List<int[]>) get(name)) {
            out.add(v.clone());
        }
        return out;
    }

    @Override
    public boolean has(String name) {
        return fields.containsKey(name);
    }
}
