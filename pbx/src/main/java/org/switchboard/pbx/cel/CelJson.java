package org.switchboard.pbx.cel;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON objects CEL puts in {@code Extra}, written as Asterisk writes them (ast_json_pack then
 * ast_json_dump_string: jansson, compact, keys in insertion order). Strings are byte strings: a
 * value that is not valid UTF-8 makes jansson refuse the whole object, so {@link #text()} is then
 * null, as ast_json_pack returns NULL.
 */
public final class CelJson {
    private final List<String> keys = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    public static CelJson object() {
        return new CelJson();
    }

    public CelJson put(String key, String value) {
        keys.add(key);
        values.add(value);
        return this;
    }

    public CelJson put(String key, long value) {
        keys.add(key);
        values.add(value);
        return this;
    }

    /** {@code {"k":"v","n":1}}, or null when a key or value is not valid UTF-8. */
    public String text() {
        StringBuilder b = new StringBuilder(64).append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            if (!appendString(b, keys.get(i))) {
                return null;
            }
            b.append(':');
            Object v = values.get(i);
            if (v instanceof String s) {
                if (!appendString(b, s)) {
                    return null;
                }
            } else {
                b.append(v);
            }
        }
        return b.append('}').toString();
    }

    /** jansson dump_string without JSON_ENSURE_ASCII / JSON_ESCAPE_SLASH. */
    private static boolean appendString(StringBuilder b, String s) {
        if (!validUtf8(s)) {
            return false;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\b': b.append("\\b"); break;
                case '\f': b.append("\\f"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
        return true;
    }

    /** jansson utf8_check_string over the bytes of a byte string (no NUL, no overlongs, no surrogates). */
    static boolean validUtf8(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            int c = s.charAt(i);
            if (c == 0 || c > 0xFF) {
                return false;
            }
            int extra;
            int min;
            int cp;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
                cp = c & 0x07;
            } else {
                return false;
            }
            if (i + extra >= n) {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                int cc = s.charAt(i + k);
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }
}
