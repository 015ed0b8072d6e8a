package io.github.classicml.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The characters of a CSV file on their way to the parser, checked for what the parser would let
 * through or report without a position: bytes that are not UTF-8, a quote that is never closed, text
 * after a closing quote, a line with too many cells and a cell that is too long.
 *
 * <p>It follows the quoting of RFC 4180 as FastCSV reads it (a quote opens a cell only as the cell's
 * first character; {@code ""} inside a quoted cell is one quote) and counts lines as FastCSV does
 * ({@code \n}, {@code \r\n} and a lone {@code \r} each end a line), so that its line numbers are the
 * parser's. A problem is reported on the read that would deliver its character: the characters
 * before it are delivered first, so the parser and the loader see every complete line before it and
 * the first problem in the file is the one reported.
 *
 * <p>Because it refuses a line of more than {@code maxCells} cells or a cell of more than
 * {@code maxCellChars} characters as they stream past, the parser never buffers more than one line
 * of at most {@code maxCells * (maxCellChars + 1)} characters.
 */
final class CsvInput extends Reader {

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_SEEN = 3;

    private final Reader chars;
    private final InputStream bytes;
    private final CharsetDecoder decoder;
    private final ByteBuffer byteBuffer;
    private final CharBuffer charBuffer;
    private final String source;
    private final int maxCells;
    private final int maxCellChars;

    private List<String> header;
    private Supplier<CsvFormatException> pending;
    private boolean bytesEnded;
    private boolean flushed;
    private Supplier<CsvFormatException> badInput;
    private boolean first = true;

    private int state = FIELD_START;
    private long line = 1;
    private int field;
    private int cellChars;
    private long quoteLine;
    private int quoteField;
    private boolean previousCr;

    private CsvInput(Reader chars, InputStream bytes, String source, int maxCells, int maxCellChars) {
        this.chars = chars;
        this.bytes = bytes;
        this.source = source;
        this.maxCells = maxCells;
        this.maxCellChars = maxCellChars;
        if (bytes != null) {
            decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            byteBuffer = ByteBuffer.allocate(8192);
            byteBuffer.flip();
            charBuffer = CharBuffer.allocate(8192);
            charBuffer.flip();
        } else {
            decoder = null;
            byteBuffer = null;
            charBuffer = null;
        }
    }

    /** Checks characters that someone else decoded. */
    static CsvInput ofChars(Reader chars, String source, int maxCells, int maxCellChars) {
        return new CsvInput(chars, null, source, maxCells, maxCellChars);
    }

    /** Decodes UTF-8 bytes, refusing malformed ones, and checks the characters. */
    static CsvInput ofUtf8(InputStream bytes, String source, int maxCells, int maxCellChars) {
        return new CsvInput(null, bytes, source, maxCells, maxCellChars);
    }

    /** Names the columns in later messages, once the loader has read the header. */
    void header(List<String> names) {
        header = names;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending.get();
        }
        if (length == 0) {
            return 0;
        }
        int n = bytes != null ? decode(buffer, offset, length) : chars.read(buffer, offset, length);
        if (n == -1) {
            if (state == QUOTED) {
                throw new CsvFormatException(where(quoteLine, quoteField)
                        + " opens a quoted cell that is never closed; the quote runs to the end of the file",
                        quoteLine);
            }
            return -1;
        }
        int start = offset;
        if (first && n > 0) {
            first = false;
            if (buffer[offset] == '\uFEFF') {
                // a byte-order mark is not part of the first column's name
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                n--;
                if (n == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        for (int i = start; i < start + n; i++) {
            Supplier<CsvFormatException> problem = scan(buffer[i]);
            if (problem != null) {
                pending = problem;
                if (i == start) {
                    throw problem.get();
                }
                return i - start;
            }
        }
        return n;
    }

    /** Advances the quoting state by one character; returns the problem it reveals, if any. */
    private Supplier<CsvFormatException> scan(char c) {
        boolean lf = c == '\n';
        if (lf && previousCr) {
            // the second half of \r\n: the line was already counted
            previousCr = false;
            return null;
        }
        previousCr = c == '\r';
        boolean lineEnd = lf || c == '\r';
        switch (state) {
            case QUOTED:
                if (c == '"') {
                    state = QUOTE_SEEN;
                } else {
                    if (lineEnd) {
                        line++;
                    }
                    return grow();
                }
                return null;
            case QUOTE_SEEN:
                if (c == '"') {
                    state = QUOTED;
                    return grow();
                }
                if (c != ',' && !lineEnd) {
                    long atLine = line;
                    int atField = field;
                    return () -> new CsvFormatException(where(atLine, atField) + " must end at its closing quote, got '"
                            + printable(c) + "' after it", atLine);
                }
                break;
            default:
                break;
        }
        // outside quotes (FIELD_START, UNQUOTED, or just after a closing quote)
        if (lineEnd) {
            line++;
            field = 0;
            cellChars = 0;
            state = FIELD_START;
            return null;
        }
        if (c == ',') {
            field++;
            cellChars = 0;
            state = FIELD_START;
            if (field >= maxCells) {
                long atLine = line;
                return () -> new CsvFormatException(source + " line " + atLine + " must have at most " + maxCells
                        + " cells, got more", atLine);
            }
            return null;
        }
        if (state == FIELD_START && c == '"') {
            state = QUOTED;
            quoteLine = line;
            quoteField = field;
            return null;
        }
        state = UNQUOTED;
        return grow();
    }

    private Supplier<CsvFormatException> grow() {
        if (++cellChars > maxCellChars) {
            long atLine = state == UNQUOTED ? line : quoteLine;
            int atField = field;
            return () -> new CsvFormatException(where(atLine, atField) + " must have at most "
                    + maxCellChars + " characters, got more", atLine);
        }
        return null;
    }

    private int decode(char[] buffer, int offset, int length) throws IOException {
        while (!charBuffer.hasRemaining()) {
            if (badInput != null) {
                throw badInput.get();
            }
            if (flushed) {
                return -1;
            }
            if (!bytesEnded) {
                byteBuffer.compact();
                int got = bytes.read(byteBuffer.array(), byteBuffer.position(), byteBuffer.remaining());
                if (got < 0) {
                    bytesEnded = true;
                } else {
                    byteBuffer.position(byteBuffer.position() + got);
                }
                byteBuffer.flip();
            }
            charBuffer.clear();
            CoderResult result = decoder.decode(byteBuffer, charBuffer, bytesEnded);
            if (result.isError()) {
                // deliver what decoded cleanly first; the bad bytes are reported once it is read
                charBuffer.flip();
                StringBuilder hex = new StringBuilder();
                for (int b = 0; b < result.length(); b++) {
                    hex.append(b == 0 ? "" : " ")
                            .append(String.format("0x%02X", byteBuffer.get(byteBuffer.position() + b) & 0xFF));
                }
                badInput = badBytes(hex.toString());
                continue;
            }
            if (bytesEnded && result.isUnderflow()) {
                decoder.flush(charBuffer);
                flushed = true;
            }
            charBuffer.flip();
        }
        int n = Math.min(length, charBuffer.remaining());
        charBuffer.get(buffer, offset, n);
        return n;
    }

    /** The message for malformed bytes at the current position (after the clean characters before them). */
    private Supplier<CsvFormatException> badBytes(String hex) {
        // the characters still in charBuffer come before the bad bytes: count their lines and cells
        long atLine = line;
        int atField = field;
        int saveState = state;
        boolean saveCr = previousCr;
        for (int i = charBuffer.position(); i < charBuffer.limit(); i++) {
            char c = charBuffer.get(i);
            boolean lf = c == '\n';
            if (lf && saveCr) {
                saveCr = false;
                continue;
            }
            saveCr = c == '\r';
            boolean lineEnd = lf || c == '\r';
            if (saveState == QUOTED) {
                if (c == '"') {
                    saveState = QUOTE_SEEN;
                } else if (lineEnd) {
                    atLine++;
                }
                continue;
            }
            if (saveState == QUOTE_SEEN && c == '"') {
                saveState = QUOTED;
                continue;
            }
            if (lineEnd) {
                atLine++;
                atField = 0;
                saveState = FIELD_START;
            } else if (c == ',') {
                atField++;
                saveState = FIELD_START;
            } else if (saveState == FIELD_START && c == '"') {
                saveState = QUOTED;
            } else {
                saveState = UNQUOTED;
            }
        }
        long badLine = atLine;
        int badField = atField;
        return () -> new CsvFormatException(where(badLine, badField) + " must be valid UTF-8, got the byte"
                + (hex.indexOf(' ') >= 0 ? "s " : " ") + hex, badLine);
    }

    /** "file line L, column name" (or "field F" before the header is known). */
    String where(long atLine, int atField) {
        String column = header != null && atField < header.size() ? "column " + header.get(atField)
                : "field " + (atField + 1);
        return source + " line " + atLine + ", " + column;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    }

    @Override
    public void close() throws IOException {
        if (bytes != null) {
            bytes.close();
        } else {
            chars.close();
        }
    }
}
