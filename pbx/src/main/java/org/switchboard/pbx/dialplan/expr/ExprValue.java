package org.switchboard.pbx.dialplan.expr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.clib.CStrings;

/**
 * One value of ast_expr2 ({@code struct val}): a number, a "numeric string" (digits and dots,
 * kept as text until arithmetic needs the number) or a string. Like the C original it is mutable:
 * testing a numeric string for zero turns it into a number, which then prints without its
 * leading zeros ({@code $[05 | 3]} gives {@code 5}, {@code $[05]} gives {@code 05}).
 */
final class ExprValue {
    private static final Logger LOG = LoggerFactory.getLogger(ExprValue.class);

    enum Type { NUMBER, NUMERIC_STRING, STRING }

    private Type type;
    private LongDouble number;
    private String string;

    private ExprValue(Type type, LongDouble number, String string) {
        this.type = type;
        this.number = number;
        this.string = string;
    }

    static ExprValue number(LongDouble n) {
        return new ExprValue(Type.NUMBER, n, null);
    }

    static ExprValue number(long n) {
        return number(LongDouble.of(n));
    }

    /** A token as the scanner makes it: a numeric string for {@code [0-9]+(.[0-9]+)?}, else a string. */
    static ExprValue token(String text, boolean numeric) {
        return new ExprValue(numeric ? Type.NUMERIC_STRING : Type.STRING, null, text);
    }

    /**
     * make_str: a numeric string when the text starts with a digit, {@code -} or {@code .} and
     * holds only digits and dots (so anything starting with {@code -} ends up a string).
     */
    static ExprValue string(String s) {
        boolean isNumber = !s.isEmpty() && (CStrings.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '.');
        for (int i = 0; isNumber && i < s.length(); i++) {
            char c = s.charAt(i);
            if (!CStrings.isDigit(c) && c != '.') {
                isNumber = false;
            }
        }
        return new ExprValue(isNumber ? Type.NUMERIC_STRING : Type.STRING, null, s);
    }

    Type type() {
        return type;
    }

    LongDouble number() {
        return number;
    }

    String text() {
        return string;
    }

    /** isstring: only true for text that is not a valid number. */
    boolean isString() {
        return type == Type.STRING;
    }

    /**
     * to_number: true when the value is (now) a number. A numeric string is converted in place,
     * with Asterisk's warning when strtold reports a range error.
     */
    boolean toNumber() {
        if (type == Type.NUMBER) {
            return true;
        }
        if (type == Type.STRING) {
            return false;
        }
        LongDouble.Parsed p = LongDouble.parse(string);
        if (p.outOfRange()) {
            LOG.warn("Conversion of {} to number under/overflowed!", string);
            // Asterisk leaves a value it can no longer use; it is treated as a plain string here
            type = Type.STRING;
            string = "";
            return false;
        }
        number = p.value();
        string = null;
        type = Type.NUMBER;
        return true;
    }

    /** to_string: numbers become their {@code %.18Lg} text (as a string, no longer a number). */
    void toStringValue() {
        if (type != Type.NUMBER) {
            return;
        }
        string = number.format();
        number = null;
        type = Type.STRING;
    }

    /** is_zero_or_null: 0, an empty string, or a numeric string worth 0. */
    boolean isZeroOrNull() {
        if (type == Type.NUMBER) {
            return number.isZero();
        }
        return string.isEmpty() || (toNumber() && number.isZero());
    }

    /** strip_quotes: when the text starts and ends with {@code "}, every {@code "} in it is removed. */
    void stripQuotes() {
        if (type == Type.NUMBER || string.isEmpty()) {
            return;
        }
        if (string.charAt(0) == '"' && string.charAt(string.length() - 1) == '"') {
            string = string.replace("\"", "");
        }
    }

    /** What ast_expr writes for the final value. */
    String render() {
        return type == Type.NUMBER ? number.format() : string;
    }

    @Override
    public String toString() {
        return type + ":" + render();
    }
}
