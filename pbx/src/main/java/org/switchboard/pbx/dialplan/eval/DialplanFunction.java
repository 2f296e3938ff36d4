package org.switchboard.pbx.dialplan.eval;

import java.util.Objects;

/**
 * A dialplan function ({@code struct ast_custom_function}): {@code ${NAME(args)}} reads it,
 * {@code Set(NAME(args)=value)} writes it. Names are case-sensitive.
 *
 * <p>Asterisk functions have two read callbacks: {@code read} (a fixed buffer) and {@code read2}
 * (a growing string). Substitution uses either, but {@code $[NAME(args)]} only calls {@code read}:
 * {@link #readableInExpressions()} says whether this function has one.
 *
 * @param name                  the name
 * @param reader                the read callback, or null when the function cannot be read
 * @param writer                the write callback, or null when it cannot be written
 * @param readableInExpressions true when Asterisk gives it a {@code read} (not only {@code read2})
 * @param readEscalates         reading is dangerous (SHELL, ...): refused when escalations are inhibited
 * @param writeEscalates        writing is dangerous
 */
public record DialplanFunction(String name, Reader reader, Writer writer, boolean readableInExpressions,
                               boolean readEscalates, boolean writeEscalates) {

    /** A read callback. */
    @FunctionalInterface
    public interface Reader {
        /**
         * Reads the function.
         *
         * @param ctx  the evaluation context (the channel, when there is one)
         * @param name the function name as called
         * @param args the text between the parentheses, already substituted, not yet split
         * @return the value, or null for Asterisk's failure (-1): substitution then inserts nothing
         */
        String read(EvalContext ctx, String name, String args);
    }

    /** A write callback. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the function.
         *
         * @return false for Asterisk's failure (-1)
         */
        boolean write(EvalContext ctx, String name, String args, String value);
    }

    public DialplanFunction {
        Objects.requireNonNull(name, "name");
    }

    /** A function with a classic read callback only. */
    public static DialplanFunction readOnly(String name, Reader reader) {
        return new DialplanFunction(name, reader, null, true, false, false);
    }

    /** A function whose only read callback is a {@code read2} (not callable inside {@code $[...]}). */
    public static DialplanFunction readOnlyString(String name, Reader reader) {
        return new DialplanFunction(name, reader, null, false, false, false);
    }

    /** A function that can only be written. */
    public static DialplanFunction writeOnly(String name, Writer writer) {
        return new DialplanFunction(name, null, writer, false, false, false);
    }

    /** A function that can be read (with a classic read callback) and written. */
    public static DialplanFunction readWrite(String name, Reader reader, Writer writer) {
        return new DialplanFunction(name, reader, writer, true, false, false);
    }

    /** True when it has a read callback. */
    public boolean canRead() {
        return reader != null;
    }

    /** True when it has a write callback. */
    public boolean canWrite() {
        return writer != null;
    }

    /** A copy marked as dangerous to read (registered with AST_CFE_READ). */
    public DialplanFunction escalatingRead() {
        return new DialplanFunction(name, reader, writer, readableInExpressions, true, writeEscalates);
    }

    /** A copy marked as dangerous to write (registered with AST_CFE_WRITE). */
    public DialplanFunction escalatingWrite() {
        return new DialplanFunction(name, reader, writer, readableInExpressions, readEscalates, true);
    }
}
