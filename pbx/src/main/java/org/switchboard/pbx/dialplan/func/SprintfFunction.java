package org.switchboard.pbx.dialplan.func;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CFormat;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;

/**
 * SPRINTF(format,arg1,...) (func_sprintf.c): each conversion of the format is isolated and given
 * to C's printf with the next argument read as an int ({@code diouxXc}, {@code sscanf %d}), a double
 * ({@code eEfFgGaA}, {@code sscanf %lf}) or a string ({@code s}); an unreadable number or an
 * unknown conversion fails the whole call. A {@code %} at the very end is dropped.
 */
public final class SprintfFunction {
    private static final Logger LOG = LoggerFactory.getLogger(SprintfFunction.class);
    private static final int BUFFER = 4096;

    private enum State { TEXT, FLAG, WIDTH, PRECISION, LENGTH, CONVERSION }

    private SprintfFunction() { }

    /** The SPRINTF function. */
    public static DialplanFunction function() {
        return DialplanFunction.readOnly("SPRINTF", SprintfFunction::sprintf);
    }

    @SuppressWarnings("fallthrough")
    private static String sprintf(EvalContext ctx, String name, String data) {
        AppArgs arg = AppArgs.standard(data, 101);
        String format = arg.getOrEmpty(0);
        StringBuilder out = new StringBuilder();
        State state = State.TEXT;
        int formatStart = 0;
        int argCount = 1;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            switch (state) {
                case FLAG:
                    if ("#0- +'I".indexOf(c) >= 0) {
                        break;
                    }
                    state = State.WIDTH;
                    // fall through
                case WIDTH:
                    if (c >= '0' && c <= '9') {
                        break;
                    }
                    if (c == '.') {
                        state = State.PRECISION;
                    } else {
                        state = State.LENGTH;
                        i--;
                    }
                    break;
                case PRECISION:
                    if (c >= '0' && c <= '9') {
                        break;
                    }
                    state = State.LENGTH;
                    // fall through
                case LENGTH:
                    if (c == 'h' || c == 'l') {
                        if (i + 1 < format.length() && format.charAt(i + 1) == c) {
                            i++;
                        }
                        state = State.CONVERSION;
                        break;
                    } else if ("Lqjzt".indexOf(c) >= 0) {
                        state = State.CONVERSION;
                        break;
                    }
                    state = State.CONVERSION;
                    // fall through
                case CONVERSION: {
                    String spec = format.substring(formatStart, i + 1);
                    if ("diouxXc".indexOf(c) >= 0) {
                        String a = arg.get(argCount++);
                        if (a == null) {
                            LOG.error("SPRINTF() has more format specifiers than arguments!");
                            return null;
                        }
                        Integer v = CScan.scanInt(a);
                        if (v == null) {
                            LOG.error("Argument '{}' is not an integer number for format '{}'", a, spec);
                            return null;
                        }
                        append(out, CFormat.formatInt(CFormat.Spec.parse(spec), v));
                    } else if ("eEfFgGaA".indexOf(c) >= 0) {
                        String a = arg.get(argCount++);
                        if (a == null) {
                            LOG.error("SPRINTF() has more format specifiers than arguments!");
                            return null;
                        }
                        Double v = CScan.scanDouble(a);
                        if (v == null) {
                            LOG.error("Argument '{}' is not a floating point number for format '{}'", a, spec);
                            return null;
                        }
                        append(out, CFormat.formatDouble(CFormat.Spec.parse(spec), v));
                    } else if (c == 's') {
                        append(out, CFormat.formatString(CFormat.Spec.parse(spec), arg.get(argCount++)));
                    } else if (c == '%') {
                        append(out, "%");
                    } else {
                        LOG.error("Format type not supported: '{}' with argument '{}'", spec, arg.get(argCount++));
                        return null;
                    }
                    state = State.TEXT;
                    break;
                }
                default:
                    if (c == '%') {
                        state = State.FLAG;
                        formatStart = i;
                    } else {
                        append(out, String.valueOf(c));
                    }
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String s) {
        int room = BUFFER - 1 - out.length();
        if (room > 0) {
            out.append(s, 0, Math.min(room, s.length()));
        }
    }
}
