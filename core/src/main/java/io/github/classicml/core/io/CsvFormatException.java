package io.github.classicml.core.io;

import java.io.IOException;

/**
 * A CSV file that cannot be read as a dataset: empty, ragged, a cell that is not a number, an unknown
 * or repeated column. The message names the file, the line (counting from 1, the header being line 1)
 * and the column where there is one, the rule, and the offending text.
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
