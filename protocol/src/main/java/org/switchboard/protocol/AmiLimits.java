package org.switchboard.protocol;

/**
 * Input limits of the decoder.
 *
 * @param lineBufferBytes bytes a line may take, terminator included (Asterisk: 1024, so at most
 *                        1022 content bytes with CR LF or 1023 with a bare LF)
 * @param maxHeaders      header lines kept per message (Asterisk: 128, AST_MAX_MANHEADERS)
 */
public record AmiLimits(int lineBufferBytes, int maxHeaders) {
    /** Asterisk 22's limits (manager.c: inbuf[1025] less the NUL, AST_MAX_MANHEADERS). */
    public static final AmiLimits ASTERISK = new AmiLimits(1024, 128);

    public AmiLimits {
        if (lineBufferBytes < 2) {
            throw new IllegalArgumentException("lineBufferBytes must be at least 2: " + lineBufferBytes);
        }
        if (maxHeaders < 1) {
            throw new IllegalArgumentException("maxHeaders must be positive: " + maxHeaders);
        }
    }
}
