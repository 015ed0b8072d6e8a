package io.github.classicml.core.io;

import java.io.IOException;

/**
 * A CSV file that cannot be read as a dataset: empty, ragged, a cell that is not a number or is
 * beyond the range of a double, an unknown or repeated column, a missing class label, bytes that
 * are not UTF-8, a quote that is never closed or text after a closing quote, a line or cell beyond
 * {@link CsvLoader#MAX_COLUMNS} or {@link CsvLoader#MAX_CELL_CHARS}. It is the only exception the
 * content of a file can cause. The message names the file, the line (counting from 1, the header
 * being line 1) and the column where there is one, the rule, and the offending text (cut to 60
 * characters).
 *
 * <p>It is a checked {@link IOException}, so that one {@code catch} handles a file that cannot be
 * opened and a file that cannot be parsed.
 */
public final class CsvFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;

    CsvFormatException(String message, long line) {
        super(message);
        this.line = line;
    }

    /** @return the line of the problem, counting from 1; 0 when it concerns the whole file */
    public long line() {
        return line;
    }
}
