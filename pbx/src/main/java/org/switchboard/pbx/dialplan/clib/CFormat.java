package org.switchboard.pbx.dialplan.clib;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C {@code printf} conversions as glibc does them in the C locale, one conversion at a time:
 * flags {@code #0- +'I}, a field width, a precision, length modifiers (read and ignored) and the
 * conversions {@code d i o u x X c} (an int), {@code e E f F g G a A} (a double) and {@code s}.
 * Floating point values are printed from their exact binary value with round-half-even, as glibc
 * does, so {@code %.2f} of 2.675 is {@code 2.67}.
 */
public final class CFormat {
    private CFormat() { }

    /**
     * A parsed conversion specification such as {@code %-08.3lf}.
     *
     * @param leftAlign  {@code -}
     * @param plus       {@code +}
     * @param space      {@code ' '}
     * @param alternate  {@code #}
     * @param zeroPad    {@code 0}
     * @param width      the field width, 0 when none
     * @param precision  the precision, -1 when none
     * @param conversion the conversion char
     */
    public record Spec(boolean leftAlign, boolean plus, boolean space, boolean alternate, boolean zeroPad,
                       int width, int precision, char conversion) {

        /** Parses {@code %[flags][width][.precision][length]conversion}; null when it is not one. */
        public static Spec parse(String spec) {
            if (spec.length() < 2 || spec.charAt(0) != '%') {
                return null;
            }
            int i = 1;
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            for (; i < spec.length(); i++) {
                char c = spec.charAt(i);
                if (c == '-') {
                    left = true;
                } else if (c == '+') {
                    plus = true;
                } else if (c == ' ') {
                    space = true;
                } else if (c == '#') {
                    alt = true;
                } else if (c == '0') {
                    zero = true;
                } else if (c != '\'' && c != 'I') {
                    break;
                }
            }
            int width = 0;
            while (i < spec.length() && CStrings.isDigit(spec.charAt(i))) {
                width = Math.min(width * 10 + (spec.charAt(i) - '0'), 100_000);
                i++;
            }
            int precision = -1;
            if (i < spec.length() && spec.charAt(i) == '.') {
                i++;
                precision = 0;
                while (i < spec.length() && CStrings.isDigit(spec.charAt(i))) {
                    precision = Math.min(precision * 10 + (spec.charAt(i) - '0'), 100_000);
                    i++;
                }
            }
            while (i < spec.length() && "hlLqjzt".indexOf(spec.charAt(i)) >= 0) {
                i++;
            }
            if (i != spec.length() - 1) {
                return null;
            }
            return new Spec(left, plus, space, alt, zero, width, precision, spec.charAt(i));
        }
    }

    /** Formats an int with {@code d i o u x X c}. */
    public static String formatInt(Spec spec, int value) {
        char conv = spec.conversion();
        if (conv == 'c') {
            // a NUL char ends the C string that holds the result
            return CStrings.asCString(pad(spec, String.valueOf((char) (value & 0xff)), false));
        }
        boolean signed = conv == 'd' || conv == 'i';
        boolean negative = signed && value < 0;
        long magnitude = signed ? Math.abs((long) value) : value & 0xffffffffL;
        String digits;
        String prefix = "";
        switch (conv) {
            case 'o':
                digits = Long.toOctalString(magnitude);
                break;
            case 'x':
                digits = Long.toHexString(magnitude);
                if (spec.alternate() && magnitude != 0) {
                    prefix = "0x";
                }
                break;
            case 'X':
                digits = Long.toHexString(magnitude).toUpperCase(java.util.Locale.ROOT);
                if (spec.alternate() && magnitude != 0) {
                    prefix = "0X";
                }
                break;
            default:
                digits = Long.toString(magnitude);
        }
        if (spec.precision() >= 0) {
            if (spec.precision() == 0 && magnitude == 0) {
                digits = "";
            }
            digits = zeros(spec.precision() - digits.length()) + digits;
        }
        if (conv == 'o' && spec.alternate() && !digits.startsWith("0")) {
            digits = "0" + digits;
        }
        if (signed) {
            prefix = negative ? "-" : spec.plus() ? "+" : spec.space() ? " " : "";
        }
        return padNumber(spec, prefix, digits, spec.precision() < 0);
    }

    /** Formats a double with {@code e E f F g G a A}. */
    public static String formatDouble(Spec spec, double value) {
        char conv = spec.conversion();
        boolean upper = Character.isUpperCase(conv);
        boolean negative = value < 0 || (value == 0 && 1 / value < 0) || (Double.isNaN(value) && isNegativeNaN(value));
        String sign = negative ? "-" : spec.plus() ? "+" : spec.space() ? " " : "";
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            String text = Double.isNaN(value) ? "nan" : "inf";
            return padNumber(spec, sign, upper ? text.toUpperCase(java.util.Locale.ROOT) : text, false);
        }
        if (conv == 'a' || conv == 'A') {
            return padNumber(spec, sign, hexFloat(Math.abs(value), spec.precision(), spec.alternate(), upper), true);
        }
        BigDecimal exact = new BigDecimal(Math.abs(value));
        return padNumber(spec, sign, formatDecimal(exact, conv, spec.precision(), spec.alternate()), true);
    }

    /** Formats a string with {@code s}; null prints as glibc's {@code (null)}. */
    public static String formatString(Spec spec, String value) {
        String s = value;
        if (s == null) {
            s = spec.precision() >= 0 && spec.precision() < 6 ? "" : "(null)";
        }
        if (spec.precision() >= 0 && s.length() > spec.precision()) {
            s = s.substring(0, spec.precision());
        }
        return pad(spec, s, false);
    }

    /**
     * The digits of a non-negative exact value for {@code e E f F g G} with the given precision
     * (-1 for the default 6), without sign or padding.
     */
    public static String formatDecimal(BigDecimal magnitude, char conversion, int precision, boolean alternate) {
        int prec = precision < 0 ? 6 : precision;
        switch (conversion) {
            case 'f':
            case 'F':
                return fixed(magnitude, prec, alternate);
            case 'e':
            case 'E': {
                String s = exponential(magnitude, prec, alternate);
                return conversion == 'E' ? s.toUpperCase(java.util.Locale.ROOT) : s;
            }
            default: {
                String s = general(magnitude, prec == 0 ? 1 : prec, alternate);
                return conversion == 'G' ? s.toUpperCase(java.util.Locale.ROOT) : s;
            }
        }
    }

    private static String fixed(BigDecimal v, int prec, boolean alt) {
        String s = v.setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return alt && prec == 0 ? s + "." : s;
    }

    private static String exponential(BigDecimal v, int prec, boolean alt) {
        int exp;
        String digits;
        if (v.signum() == 0) {
            exp = 0;
            digits = zeros(prec + 1);
        } else {
            BigDecimal r = v.round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
            digits = r.unscaledValue().toString();
            digits = digits.length() > prec + 1 ? digits.substring(0, prec + 1) : digits + zeros(prec + 1 - digits.length());
        }
        StringBuilder out = new StringBuilder();
        out.append(digits.charAt(0));
        if (prec > 0 || alt) {
            out.append('.');
        }
        out.append(digits, 1, digits.length());
        out.append('e').append(exp < 0 ? '-' : '+');
        int abs = Math.abs(exp);
        if (abs < 10) {
            out.append('0');
        }
        out.append(abs);
        return out.toString();
    }

    private static String general(BigDecimal v, int prec, boolean alt) {
        int exp;
        if (v.signum() == 0) {
            exp = 0;
        } else {
            BigDecimal r = v.round(new MathContext(prec, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
        }
        String s;
        if (prec > exp && exp >= -4) {
            s = fixed(v, prec - 1 - exp, alt);
        } else {
            s = exponential(v, prec - 1, alt);
        }
        if (alt) {
            return s;
        }
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String tail = e < 0 ? "" : s.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            int end = mantissa.length();
            while (mantissa.charAt(end - 1) == '0') {
                end--;
            }
            if (mantissa.charAt(end - 1) == '.') {
                end--;
            }
            mantissa = mantissa.substring(0, end);
        }
        return mantissa + tail;
    }

    private static String hexFloat(double v, int precision, boolean alt, boolean upper) {
        String s;
        if (v == 0) {
            s = "0x0" + (precision > 0 ? "." + zeros(precision) : alt ? "." : "") + "p+0";
        } else {
            long bits = Double.doubleToRawLongBits(v);
            int exp = (int) ((bits >>> 52) & 0x7ff);
            long mant = bits & 0xfffffffffffffL;
            int lead = 1;
            if (exp == 0) {
                lead = 0;
                exp = -1022;
            } else {
                exp -= 1023;
            }
            String frac = String.format("%013x", mant);
            if (precision >= 0 && precision < 13) {
                long full = ((long) lead << 52) | mant;
                int drop = (13 - precision) * 4;
                long kept = full >>> drop;
                long rest = full & ((1L << drop) - 1);
                long half = 1L << (drop - 1);
                if (rest > half || (rest == half && (kept & 1) == 1)) {
                    kept++;
                }
                lead = (int) (kept >>> (precision * 4));
                long fracBits = kept & ((1L << (precision * 4)) - 1);
                frac = precision == 0 ? "" : String.format("%0" + precision + "x", fracBits);
            } else {
                int end = frac.length();
                while (end > 0 && frac.charAt(end - 1) == '0') {
                    end--;
                }
                frac = frac.substring(0, end);
                if (precision > 13) {
                    frac = frac + zeros(precision - frac.length());
                }
            }
            s = "0x" + lead + (frac.isEmpty() && !alt ? "" : "." + frac) + "p" + (exp < 0 ? "-" : "+") + Math.abs(exp);
        }
        return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    private static boolean isNegativeNaN(double v) {
        return (Double.doubleToRawLongBits(v) & Long.MIN_VALUE) != 0;
    }

    private static String padNumber(Spec spec, String sign, String body, boolean zeroAllowed) {
        int len = sign.length() + body.length();
        if (len >= spec.width()) {
            return sign + body;
        }
        int fill = spec.width() - len;
        if (spec.leftAlign()) {
            return sign + body + " ".repeat(fill);
        }
        if (spec.zeroPad() && zeroAllowed) {
            // zeros go after the sign and any 0x prefix
            if (body.startsWith("0x") || body.startsWith("0X")) {
                return sign + body.substring(0, 2) + zeros(fill) + body.substring(2);
            }
            return sign + zeros(fill) + body;
        }
        return " ".repeat(fill) + sign + body;
    }

    private static String pad(Spec spec, String body, boolean zeroAllowed) {
        return padNumber(spec, "", body, zeroAllowed);
    }

    private static String zeros(int n) {
        return n <= 0 ? "" : "0".repeat(n);
    }
}
