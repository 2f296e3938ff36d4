package org.switchboard.manager.transport.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.protocol.Ascii;

/**
 * Turns the AMI text of one request into the HTML rows or XML elements of /manager and /mxml
 * (spec 01 §7.6; manager.c xml_translate, xml_copy_escape), byte for byte:
 * <ul>
 *   <li>lines end at CR or LF, and a CR LF counts once; trailing blanks are trimmed;</li>
 *   <li>an empty line closes the open block;</li>
 *   <li>{@code Name: value} lines become attributes (XML: the name lower-cased, every other
 *       character than a letter or digit made {@code _}, a leading digit prefixed with {@code _})
 *       or table rows (HTML: the name escaped, case kept); a name seen again in the same block
 *       gets {@code -2}, {@code -3}, ...;</li>
 *   <li>a line without {@code :} starts opaque data: it and every line up to the block's end
 *       become one {@code Opaque-data} value.</li>
 * </ul>
 * Input is a byte string (ISO-8859-1 chars); text after a NUL byte is not seen, as in C.
 */
final class AmiOutputTranslator {
    private AmiOutputTranslator() { }

    /**
     * @param params the request's parameters: XML reads {@code ajaxdest} and
     *               {@code ajaxobjtype} from them (names ignoring case, the last one wins)
     */
    static String translate(String ami, List<FormParams.Param> params, OutputFormat format) {
        boolean xml = format == OutputFormat.XML;
        String dest = null;
        String objType = null;
        if (xml) {
            for (FormParams.Param p : params) {
                if (Ascii.equalsIgnoreCase(p.name(), "ajaxdest")) {
                    dest = p.value();
                } else if (Ascii.equalsIgnoreCase(p.name(), "ajaxobjtype")) {
                    objType = p.value();
                }
            }
            dest = dest == null || dest.isEmpty() ? "unknown" : dest;
            objType = objType == null || objType.isEmpty() ? "generic" : objType;
        }
        String in = cutAtNul(ami);
        StringBuilder out = new StringBuilder(in.length() * 2 + 64);
        boolean inObject = false;
        boolean inData = false;
        Map<String, Integer> seen = new HashMap<>();
        int pos = 0;
        int n = in.length();
        while (pos < n) {
            int end = pos;
            while (end < n && in.charAt(end) != '\r' && in.charAt(end) != '\n') {
                end++;
            }
            String line = Ascii.trimBlanks(in.substring(pos, end));
            pos = end < n ? end + 1 : n;
            if (pos < n && in.charAt(pos) == '\n') {
                pos++;
            }
            boolean lastLine = pos >= n;
            if (line.isEmpty()) {
                if (inData) {
                    out.append(xml ? "'" : "</td></tr>\n");
                    inData = false;
                }
                if (inObject) {
                    out.append(xml ? " /></response>\n" : "<tr><td colspan=\"2\"><hr></td></tr>\r\n");
                    inObject = false;
                    seen.clear();
                }
                continue;
            }
            if (!inObject) {
                if (xml) {
                    out.append("<response type='object' id='").append(dest).append("'><").append(objType);
                }
                inObject = true;
            }
            if (inData) {
                out.append(xml ? "\n" : "<br>\n");
                escape(out, line, false);
                continue;
            }
            String name;
            String value;
            int colon = line.indexOf(':');
            if (colon >= 0) {
                name = Ascii.trimBlanks(line.substring(0, colon));
                value = Ascii.skipBlanks(line.substring(colon + 1));
            } else {
                name = "Opaque-data";
                value = line;
                inData = true;
            }
            out.append(xml ? " " : "<tr><td>");
            int count = seen.merge(name, 1, Integer::sum);
            escape(out, name, xml);
            if (count > 1) {
                out.append('-').append(count);
            }
            out.append(xml ? "='" : "</td><td>");
            escape(out, value, false);
            // an opaque value stays open for the lines that follow, unless the input ends here
            if (!inData || lastLine) {
                out.append(xml ? "'" : "</td></tr>\n");
            }
        }
        if (inObject) {
            out.append(xml ? " /></response>\n" : "<tr><td colspan=\"2\"><hr></td></tr>\r\n");
        }
        return out.toString();
    }

    /**
     * xml_copy_escape: mode 0 escapes the five XML characters; the attribute-name mode lower-cases
     * and turns everything but ASCII letters and digits into {@code _} (so no escaping is left to
     * do), with a {@code _} before a leading digit.
     */
    static void escape(StringBuilder out, String s, boolean attributeName) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (attributeName) {
                if (i == 0 && isDigit(c)) {
                    out.append('_').append(c);
                } else if (!isAlnum(c)) {
                    out.append('_');
                } else {
                    out.append(Ascii.toLower(c));
                }
                continue;
            }
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** C isalnum in the C locale: ASCII letters and digits only. */
    private static boolean isAlnum(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static String cutAtNul(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }
}
