package io.github.classicml.algorithms.preprocessing;

import io.github.classicml.algorithms.ReferenceCsv;
import io.github.classicml.core.Dataset;
import io.github.classicml.core.io.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-hot and ordinal encoders and the column transformer against scikit-learn 1.2.1 ({@code encoders.py}). */
class EncodersReferenceTest {

    static Table table(String file) throws IOException {
        return Table.fromCsv(new InputStreamReader(EncodersReferenceTest.class.getResourceAsStream(
                "/reference/preprocessing/" + file), StandardCharsets.UTF_8), file);
    }

    private static final List<String> TRANSFORMER_COLUMNS = List.of("colour", "size", "weight", "count");

    /** @return the columns each setting encodes, as encoders.py selects them */
    private static List<String> columns(String setting) {
        return switch (setting) {
            case "column_transformer" -> TRANSFORMER_COLUMNS;
            case "onehot_if_binary" -> List.of("colour", "organic", "count");
            case "onehot_if_binary_ignore" -> List.of("organic", "size");
            default -> List.of("colour", "size", "count");
        };
    }

    private static TableTransformer fit(String setting, Table train) {
        Table three = train.selectColumns(columns(setting));
        return switch (setting) {
            case "onehot" -> OneHotEncoder.of().fit(three);
            case "onehot_drop_first" -> OneHotEncoder.of().withDrop(OneHotEncoder.Drop.FIRST).fit(three);
            case "onehot_ignore" -> OneHotEncoder.of().withUnknown(UnknownCategories.IGNORE).fit(three);
            case "onehot_if_binary" -> OneHotEncoder.of().withDrop(OneHotEncoder.Drop.IF_BINARY).fit(three);
            case "onehot_if_binary_ignore" -> OneHotEncoder.of().withDrop(OneHotEncoder.Drop.IF_BINARY)
                    .withUnknown(UnknownCategories.IGNORE).fit(three);
            case "ordinal" -> OrdinalEncoder.of().fit(three);
            case "ordinal_unknown" -> OrdinalEncoder.of().withUnknownValue(-1).fit(three);
            case "column_transformer" -> ColumnTransformer.of(
                    ColumnTransformer.part("onehot", OneHotEncoder.of().withDrop(OneHotEncoder.Drop.FIRST), "colour", "size"),
                    ColumnTransformer.numeric("scale", StandardScaler.of(), "weight")).withRemainder(true).fit(three);
            default -> throw new IllegalStateException(setting);
        };
    }

    @Test
    void encodings_names_andCategories_equalScikitLearn() throws IOException {
        Table train = table("encoders_train.csv");
        Table test = table("encoders_test.csv");
        int checked = 0;
        for (String[] line : ReferenceCsv.read("/reference/preprocessing/encoders.csv")) {
            String setting = line[0];
            TableTransformer model = fit(setting, train);
            Table input = train.selectColumns(columns(setting));
            List<String> rest = Arrays.asList(line).subList(2, line.length);
            String what = line[1];
            if (what.equals("names")) {
                assertEquals(rest, model.outputColumnNames(input.columnNames()), setting);
                assertEquals(rest, model.transform(input).columnNames(), setting);
            } else if (what.startsWith("categories")) {
                assertEquals(rest, ((CategoricalModel) model).categories(Integer.parseInt(what.substring(10))), setting);
            } else {
                boolean isTest = what.startsWith("test");
                Table source = (isTest ? test : train).selectColumns(columns(setting));
                Dataset out = model.transform(source);
                int i = Integer.parseInt(what.substring(isTest ? 4 : 5));
                double[] expected = rest.stream().mapToDouble(Double::parseDouble).toArray();
                assertArrayEquals(expected, out.row(i), 1e-12, setting + " " + what);
            }
            checked++;
        }
        assertTrue(checked > 60, "checked " + checked);
    }
}
