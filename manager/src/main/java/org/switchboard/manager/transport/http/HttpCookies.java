package org.switchboard.manager.transport.http;

import java.util.List;

import org.switchboard.protocol.Ascii;

/**
 * The {@code mansession_id} cookie (spec 01 §7.4; http.c ast_http_get_cookies, parse_cookies,
 * ast_http_manid_from_vars): only the last {@code Cookie:} header counts; within it the last
 * {@code mansession_id} pair wins; blanks and one pair of surrounding double quotes are removed;
 * the value is read as hexadecimal into 32 bits. 0 means "no session".
 */
final class HttpCookies {
    private HttpCookies() { }

    static long managerId(List<String> cookieHeaders) {
        if (cookieHeaders.isEmpty()) {
            return 0;
        }
        String header = cookieHeaders.get(cookieHeaders.size() - 1);
        String found = null;
        for (String pair : header.split(";", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                continue;   // an empty name or value before stripping is skipped
            }
            String name = Ascii.strip(pair.substring(0, eq));
            String value = stripQuoted(pair.substring(eq + 1));
            if (name.isEmpty() || value.isEmpty()) {
                continue;
            }
            if (Ascii.equalsIgnoreCase(name, "mansession_id")) {
                found = value;
            }
        }
        return found == null ? 0 : scanHex32(found);
    }

    /** ast_strip_quoted with {@code "}: strip blanks, then one pair of quotes if both ends have one. */
    private static String stripQuoted(String s) {
        String t = Ascii.strip(s);
        if (t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"') {
            return t.substring(1, t.length() - 1);
        }
        if (t.length() == 1 && t.charAt(0) == '"') {
            return "";
        }
        return t;
    }

    /** sscanf "%30x" into a uint32_t: the low 32 bits of the value; 0 when no digit is read. */
    static long scanHex32(String s) {
        return HexScan.scan(s).map(v -> v & 0xFFFFFFFFL).orElse(0L);
    }
}
