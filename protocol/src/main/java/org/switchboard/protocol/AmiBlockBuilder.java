package org.switchboard.protocol;

/**
 * Builds one AMI block: header lines joined with CR LF and closed by a blank line. Used for
 * responses, list items and events. Values are written as given: an empty value still produces
 * {@code "Name: "} (with the space), as Asterisk does.
 */
public final class AmiBlockBuilder {
    private final StringBuilder text;

    public AmiBlockBuilder() {
        this(256);
    }

    public AmiBlockBuilder(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    /** {@code name: value} CR LF. */
    public AmiBlockBuilder header(String name, String value) {
        text.append(name).append(": ").append(value).append("\r\n");
        return this;
    }

    public AmiBlockBuilder header(String name, long value) {
        text.append(name).append(": ").append(value).append("\r\n");
        return this;
    }

    /** {@code name: value} CR LF, or nothing when value is empty (how ActionID is written). */
    public AmiBlockBuilder headerIfNotEmpty(String name, String value) {
        if (value != null && !value.isEmpty()) {
            header(name, value);
        }
        return this;
    }

    /** A raw line, CR LF appended. */
    public AmiBlockBuilder line(String raw) {
        text.append(raw).append("\r\n");
        return this;
    }

    /** Raw text, appended as is (must carry its own CR LF). */
    public AmiBlockBuilder raw(CharSequence rawText) {
        text.append(rawText);
        return this;
    }

    /** The block with its closing blank line. */
    public String build() {
        return text.append("\r\n").toString();
    }

    /** The lines so far, without the closing blank line. */
    public String partial() {
        return text.toString();
    }

    public byte[] buildBytes() {
        return Latin1.encode(build());
    }
}
