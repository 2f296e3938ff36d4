package org.switchboard.pbx.dialplan.eval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;

/**
 * Variable, function and expression substitution exactly as
 * {@code pbx_substitute_variables_helper_full_location} (pbx_variables.c) does it:
 *
 * <ul>
 *   <li>{@code ${NAME}}, {@code ${NAME:offset}}, {@code ${NAME:offset:length}} (negative offsets
 *       count from the end, a negative length leaves that many chars off the end, a bad number
 *       counts as absent);</li>
 *   <li>{@code ${FUNC(args)}} reads a function (a {@code (} before the first top-level {@code :}
 *       makes it one); a failed read inserts nothing;</li>
 *   <li>{@code $[expr]} evaluates an expression;</li>
 *   <li>braces and brackets nest, the inner {@code ${...}} / {@code $[...]} being substituted
 *       first ({@code ${${A}}}); an unterminated one takes the rest of the text, with Asterisk's
 *       warning; a {@code $} not followed by {@code {} or {@code [} is kept;</li>
 *   <li>values are inserted as they are, never substituted again;</li>
 *   <li>nesting deeper than 15 substitutions stops with Asterisk's error; the output is cut at the
 *       buffer size the caller gives, as Asterisk's fixed buffers do.</li>
 * </ul>
 */
public final class Substitution {
    private static final Logger LOG = LoggerFactory.getLogger(Substitution.class);

    /** The room pbx_extension_helper gives application data (EXT_DATA_SIZE - 1). */
    public static final int DEFAULT_MAX_LENGTH = 8191;
    /** For ast_str based substitutions, which grow as needed. */
    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** Inner substitutions and variable values work in VAR_BUF_SIZE buffers. */
    static final int VAR_BUF_SIZE = 4096;
    /** MAX_VARIABLE_SUB_RECURSE_DEPTH. */
    static final int MAX_DEPTH = 15;

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * Explicit values for {@code ${EXTEN}}, {@code ${CONTEXT}} and {@code ${PRIORITY}}, as
     * pbx_substitute_variables_helper_full_location takes them (a null field, or priority 0,
     * means "ask the channel").
     */
    public record Location(String context, String exten, int priority) { }

    private Substitution() { }

    /** Substitutes {@code template}; the result holds at most {@code maxLength} chars. */
    public static String substitute(EvalContext ctx, String template, int maxLength) {
        return substitute(ctx, template, maxLength, null);
    }

    /** As {@link #substitute(EvalContext, String, int)}, with explicit location variables. */
    public static String substitute(EvalContext ctx, String template, int maxLength, Location location) {
        if (template == null || template.isEmpty()) {
            return "";
        }
        if (template.indexOf('$') < 0) {
            return CStrings.truncate(template, maxLength);
        }
        int[] depth = DEPTH.get();
        if (depth[0]++ >= MAX_DEPTH) {
            LOG.error("Exceeded maximum variable substitution recursion depth ({}) - possible infinite recursion in dialplan?",
                    MAX_DEPTH);
            depth[0]--;
            return "";
        }
        try {
            return run(ctx, template, maxLength, location);
        } finally {
            depth[0]--;
        }
    }

    private static String run(EvalContext ctx, String s, int maxLength, Location location) {
        StringBuilder out = new StringBuilder(Math.min(s.length() + 16, maxLength));
        int count = maxLength;
        int at = 0;
        int n = s.length();
        while (at < n && count > 0) {
            int dollar = s.indexOf('$', at);
            boolean variable = false;
            boolean expression = false;
            int copy;
            if (dollar < 0) {
                copy = n - at;
            } else {
                copy = dollar - at;
                char next = dollar + 1 < n ? s.charAt(dollar + 1) : '\0';
                if (next == '{') {
                    variable = true;
                } else if (next == '[') {
                    expression = true;
                } else {
                    copy++;
                }
            }
            if (copy > 0) {
                int take = Math.min(copy, count);
                out.append(s, at, at + take);
                count -= take;
                at += copy;
            }
            if (variable) {
                Span span = span(s, dollar + 2, '{', '}', '[');
                at = span.next;
                String value = variable(ctx, span.inner(s), span.needsSubstitution, location);
                if (value != null) {
                    int take = Math.min(value.length(), count);
                    out.append(value, 0, take);
                    count -= take;
                }
            } else if (expression) {
                Span span = span(s, dollar + 2, '[', ']', '{');
                at = span.next;
                String text = span.inner(s);
                if (span.needsSubstitution) {
                    text = substitute(ctx, text, VAR_BUF_SIZE - 1, location);
                }
                String value = ctx.evaluateExpression(text);
                // ast_expr writes into the remaining room, keeping one byte for its terminator
                int take = Math.min(value.length(), Math.max(0, count - 1));
                out.append(value, 0, take);
                count -= take;
            }
        }
        return out.toString();
    }

    /**
     * The extent of a {@code ${...}} or {@code $[...]} body starting at {@code from}: nested
     * {@code $<open>} and {@code <open>} open, {@code <close>} closes, and the other kind of
     * {@code $x} only marks that an inner substitution is needed.
     */
    private static Span span(String s, int from, char open, char close, char otherOpen) {
        int brackets = 1;
        boolean needsSub = false;
        int e = from;
        int n = s.length();
        while (brackets > 0 && e < n) {
            char c = s.charAt(e);
            char next = e + 1 < n ? s.charAt(e + 1) : '\0';
            if (c == '$' && next == open) {
                needsSub = true;
                brackets++;
                e++;
            } else if (c == open) {
                brackets++;
            } else if (c == close) {
                brackets--;
            } else if (c == '$' && next == otherOpen) {
                needsSub = true;
                e++;
            }
            e++;
        }
        int end;
        if (brackets > 0) {
            LOG.warn("Error in extension logic (missing '{}')", close);
            end = Math.min(e, n);
        } else {
            end = e - 1;
        }
        return new Span(from, Math.max(from, end), Math.min(e, n), needsSub);
    }

    private record Span(int start, int end, int next, boolean needsSubstitution) {
        String inner(String s) {
            // Asterisk copies the body into a VAR_BUF_SIZE buffer
            return CStrings.truncate(s.substring(start, end), VAR_BUF_SIZE - 1);
        }
    }

    private static String variable(EvalContext ctx, String body, boolean needsSub, Location location) {
        String vars = needsSub ? substitute(ctx, body, VAR_BUF_SIZE - 1, location) : body;
        VariableReference ref = VariableReference.parse(vars);
        String value;
        if (ref.isFunction()) {
            value = ctx.readFunction(ref.name());
        } else if (location != null && location.exten() != null && ref.name().equals("EXTEN")) {
            value = location.exten();
        } else if (location != null && location.context() != null && ref.name().equals("CONTEXT")) {
            value = location.context();
        } else if (location != null && location.priority() != 0 && ref.name().equals("PRIORITY")) {
            value = Integer.toString(location.priority());
        } else {
            value = ctx.retrieveVariable(ref.name());
            if (value != null) {
                value = CStrings.truncate(value, VAR_BUF_SIZE - 1);
            }
        }
        if (value == null) {
            return null;
        }
        return substring(value, ref.offset(), ref.length());
    }

    /** pbx_variables.c {@code substring}. */
    static String substring(String value, int offset, int length) {
        int lr = value.length();
        if (offset == 0 && length >= lr) {
            return value;
        }
        int off = offset;
        if (off < 0) {
            off = Math.max(0, lr + off);
        }
        if (off >= lr) {
            return "";
        }
        if (length >= 0 && length < lr - off) {
            return value.substring(off, off + length);
        }
        if (length < 0) {
            if ((long) lr > (long) off - length) {
                return value.substring(off, lr + length);
            }
            return "";
        }
        return value.substring(off);
    }

    /**
     * A variable reference split as parse_variable_name does: the name (for a function, the whole
     * call) ends at the first {@code :} outside parentheses; {@code offset:length} follow, read with
     * {@code sscanf("%d:%d")}.
     */
    record VariableReference(String name, int offset, int length, boolean isFunction) {
        static VariableReference parse(String var) {
            int parens = 0;
            boolean function = false;
            for (int i = 0; i < var.length(); i++) {
                char c = var.charAt(i);
                if (c == '(') {
                    function = true;
                    parens++;
                } else if (c == ')') {
                    parens--;
                } else if (c == ':' && parens == 0) {
                    int offset = 0;
                    int length = Integer.MAX_VALUE;
                    CScan.IntScan first = CScan.scanDecimal(var, i + 1, 30);
                    if (first != null) {
                        offset = first.value();
                        int p = first.end();
                        if (p < var.length() && var.charAt(p) == ':') {
                            CScan.IntScan second = CScan.scanDecimal(var, p + 1, 30);
                            if (second != null) {
                                length = second.value();
                            }
                        }
                    }
                    return new VariableReference(var.substring(0, i), offset, length, function);
                }
            }
            return new VariableReference(var, 0, Integer.MAX_VALUE, function);
        }
    }
}
