package org.switchboard.manager.transport.http;

import java.util.List;

/**
 * The body of an AMI-over-HTTP reply around the translated AMI text (spec 01 §7.6; manager.c
 * generic_http_callback and auth_http_callback): raw text as is, XML inside
 * {@code <ajax-response>}, and two different HTML pages for /manager (cookie) and /amanager
 * (digest), each with its small test form.
 */
final class ManagerPages {
    private static final String ROW = "<tr><td colspan=\"2\" bgcolor=\"#f1f1ff\">%s</td></tr>\r\n";
    private static final String COOKIE_FORM = "<form action=\"manager\" method=\"post\">\n"
            + "\tAction: <select name=\"action\">\n"
            + "\t\t<option value=\"\">-----&gt;</option>\n"
            + "\t\t<option value=\"login\">login</option>\n"
            + "\t\t<option value=\"command\">Command</option>\n"
            + "\t\t<option value=\"waitevent\">waitevent</option>\n"
            + "\t\t<option value=\"listcommands\">listcommands</option>\n"
            + "\t</select>\n"
            + "\tor <input name=\"action\"><br/>\n"
            + "\tCLI Command <input name=\"command\"><br>\n"
            + "\tuser <input name=\"username\"> pass <input type=\"password\" name=\"secret\"><br>\n"
            + "\t<input type=\"submit\">\n</form>\n";
    private static final String COOKIE_HTML_HEAD = "<title>Asterisk&trade; Manager Interface</title>"
            + "<body bgcolor=\"#ffffff\"><table align=center bgcolor=\"#f1f1f1\" width=\"500\">\r\n"
            + String.format(ROW, "<h1>Manager Tester</h1>")
            + String.format(ROW, COOKIE_FORM);
    private static final String COOKIE_HTML_TAIL = "</table></body>\r\n";
    private static final String DIGEST_HTML_HEAD = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n"
            + "<html><head>\r\n"
            + "<title>Asterisk&trade; Manager Interface</title>\r\n"
            + "</head><body style=\"background-color: #ffffff;\">\r\n"
            + "<form method=\"POST\">\r\n"
            + "<table align=\"center\" style=\"background-color: #f1f1f1;\" width=\"500\">\r\n"
            + "<tr><th colspan=\"2\" style=\"background-color: #f1f1ff;\"><h1>Manager Tester</h1></th></tr>\r\n"
            + "<tr><th colspan=\"2\" style=\"background-color: #f1f1ff;\">Action: <input name=\"action\" /> "
            + "Cmd: <input name=\"command\" /><br><input type=\"submit\" value=\"Send request\" /></th></tr>\r\n";
    private static final String DIGEST_HTML_TAIL = "</table></form></body></html>\r\n";

    private ManagerPages() { }

    /**
     * The whole body.
     *
     * @param digest true for the digest URIs (their HTML page differs)
     */
    static String body(OutputFormat format, boolean digest, String ami, List<FormParams.Param> params) {
        return switch (format) {
            case RAW -> AmiOutputTranslator.cutAtNul(ami);
            case XML -> "<ajax-response>\n" + AmiOutputTranslator.translate(ami, params, format) + "</ajax-response>\n";
            case HTML -> (digest ? DIGEST_HTML_HEAD : COOKIE_HTML_HEAD)
                    + AmiOutputTranslator.translate(ami, params, format)
                    + (digest ? DIGEST_HTML_TAIL : COOKIE_HTML_TAIL);
        };
    }
}
