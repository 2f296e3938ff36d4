package org.switchboard.manager.transport.http;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.protocol.AmiHeaders;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.protocol.ParseProblem;

/**
 * Query strings and {@code application/x-www-form-urlencoded} bodies, decoded as Asterisk does
 * (spec 01 §7.3; http.c handle_uri, ast_http_parse_post_form; utils.c ast_uri_decode), and the AMI
 * message they make (manager.c astman_append_headers). Values are byte strings (ISO-8859-1).
 */
final class FormParams {
    /** manager.h AST_MAX_MANHEADERS: parameters past this many are dropped. */
    static final int MAX_HEADERS = 128;

    /** One {@code name=value} pair, decoded. */
    record Param(String name, String value) { }

    private FormParams() { }

    /**
     * Splits on {@code &}, then each part at its first {@code =}; a part without {@code =} has an
     * empty value, and empty parts are kept (as empty names), as strsep leaves them.
     */
    static List<Param> parse(String encoded) {
        List<Param> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int amp = encoded.indexOf('&', start);
            String part = amp < 0 ? encoded.substring(start) : encoded.substring(start, amp);
            int eq = part.indexOf('=');
            if (eq < 0) {
                out.add(new Param(decode(part), ""));
            } else {
                out.add(new Param(decode(part.substring(0, eq)), decode(part.substring(eq + 1))));
            }
            if (amp < 0) {
                return out;
            }
            start = amp + 1;
        }
    }

    /**
     * ast_uri_decode with the legacy flag: {@code +} is a space; {@code %} followed by two more
     * characters is read as up to two hex digits and all three are consumed; anything else is kept.
     */
    static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                b.append(' ');
            } else if (c == '%' && i + 2 < s.length() && hexValue(s, i + 1) >= 0) {
                b.append((char) hexValue(s, i + 1));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** sscanf "%2x" at {@code at}: one or two hex digits; -1 when the first is not one. */
    private static int hexValue(String s, int at) {
        int first = Character.digit(s.charAt(at), 16);
        if (first < 0 || s.charAt(at) > 'f') {
            return -1;
        }
        int second = Character.digit(s.charAt(at + 1), 16);
        return second < 0 || s.charAt(at + 1) > 'f' ? first : first * 16 + second;
    }

    /** The AMI message: one {@code name: value} line per parameter, at most {@link #MAX_HEADERS}. */
    static AmiMessage toMessage(List<Param> params) {
        List<String> lines = new ArrayList<>(Math.min(params.size(), MAX_HEADERS));
        for (Param p : params) {
            if (lines.size() == MAX_HEADERS) {
                break;
            }
            lines.add(p.name() + ": " + p.value());
        }
        return new AmiMessage(AmiHeaders.of(lines), ParseProblem.NONE);
    }
}
