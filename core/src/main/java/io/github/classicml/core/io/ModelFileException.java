package io.github.classicml.core.io;

import java.io.IOException;

/**
 * A model file that cannot be loaded: not a classicml model file, larger than the format's limits,
 * a checksum that does not match its content (the file is damaged or was edited), a format version
 * newer than this library reads, a model type other than the one asked for or unknown, a field that
 * is missing, of the wrong kind or with a size beyond its bound, or a value that fitting would refuse
 * (a negative count, a NaN variance, more neighbours than stored rows). It is the only exception the
 * content of a model file can cause. The message names the file (or the source name given for bytes
 * and streams) and the reason, in the library's usual form {@code <name> must be <rule>, got <value>}
 * where a value is at fault.
 *
 * <p>It is a checked {@link IOException}, so that one {@code catch} handles a file that cannot be
 * opened and a file that cannot be loaded. The format is described in {@code docs/design-notes.md},
 * "Model files".
 */
public final class ModelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    /**
     * Called by the library's model-file loader.
     *
     * @param source the file or source name
     * @param reason why it cannot be loaded, one sentence
     */
    public ModelFileException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    /**
     * Called by the library's model-file loader when validating the content failed in a way it has no
     * rule for (a defect of the loader, reported rather than thrown as is).
     *
     * @param source the file or source name
     * @param reason why it cannot be loaded, one sentence
     * @param cause the unexpected exception
     */
    public ModelFileException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    /** @return the file or source name the model was read from */
    public String source() {
        return source;
    }

    /** @return why the model cannot be loaded, without the source name */
    public String reason() {
        return reason;
    }
}
