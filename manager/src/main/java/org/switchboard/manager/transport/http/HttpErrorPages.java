package org.switchboard.manager.transport.http;

import org.switchboard.protocol.Latin1;

/**
 * Asterisk's error and authentication replies (http.c ast_http_error, ast_http_auth,
 * ast_http_create_response): a small HTML page naming the status, the escaped text and, when a
 * server name is set, an {@code <address>} line.
 */
final class HttpErrorPages {
    private static final String HTML = "Content-type: text/html\r\n";

    private HttpErrorPages() { }

    /** ast_http_error: {@code status title} and {@code text}. */
    static HttpReply error(int status, String title, String text, String serverName, boolean close) {
        return new HttpReply(status, title, HTML, page(status, title, text, serverName), close);
    }

    /**
     * ast_http_auth: 401 with a Digest challenge; the opaque value is the nonce again
     * (manager.c auth_http_callback). The page has no text.
     */
    static HttpReply unauthorized(String realm, long nonce, boolean stale, String serverName) {
        String nonceHex = String.format("%08x", nonce);
        String header = "WWW-authenticate: Digest algorithm=MD5, realm=\"" + realm + "\", nonce=\"" + nonceHex
                + "\", qop=\"auth\", opaque=\"" + nonceHex + "\"" + (stale ? ", stale=true" : "") + "\r\n" + HTML;
        return new HttpReply(401, "Unauthorized", header, page(401, "Unauthorized", "", serverName), false);
    }

    private static byte[] page(int status, String title, String text, String serverName) {
        String address = serverName.isEmpty() ? "" : "<address>" + escape(serverName, 127) + "</address>\r\n";
        return Latin1.encode("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n"
                + "<html><head>\r\n"
                + "<title>" + status + " " + title + "</title>\r\n"
                + "</head><body>\r\n"
                + "<h1>" + title + "</h1>\r\n"
                + "<p>" + escape(text, 511) + "</p>\r\n"
                + "<hr />\r\n"
                + address
                + "</body></html>\r\n");
    }

    /**
     * utils.c ast_xml_escape into a buffer of {@code room} characters: an entity that no longer
     * fits ends the text, so no entity is ever cut in half.
     */
    static String escape(String s, int room) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '&' -> "&amp;";
                case '>' -> "&gt;";
                case '\'' -> "&apos;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity == null) {
                if (b.length() + 1 > room) {
                    break;
                }
                b.append(c);
            } else {
                if (b.length() + entity.length() > room) {
                    break;
                }
                b.append(entity);
            }
        }
        return b.toString();
    }
}
