package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/** /manager: AMI blocks as HTML table rows under Asterisk's test form (spec 01 §7.6). */
class ManagerHtmlTest {
    @RegisterExtension
    static SwitchboardExtension sb = HttpAmi.server();

    /** spec 01 §7.6, with its literal TABs. */
    static final String HEAD = "<title>Asterisk&trade; Manager Interface</title>"
            + "<body bgcolor=\"#ffffff\"><table align=center bgcolor=\"#f1f1f1\" width=\"500\">\r\n"
            + "<tr><td colspan=\"2\" bgcolor=\"#f1f1ff\"><h1>Manager Tester</h1></td></tr>\r\n"
            + "<tr><td colspan=\"2\" bgcolor=\"#f1f1ff\">"
            + "<form action=\"manager\" method=\"post\">\n\tAction: <select name=\"action\">\n"
            + "\t\t<option value=\"\">-----&gt;</option>\n\t\t<option value=\"login\">login</option>\n"
            + "\t\t<option value=\"command\">Command</option>\n\t\t<option value=\"waitevent\">waitevent</option>\n"
            + "\t\t<option value=\"listcommands\">listcommands</option>\n\t</select>\n"
            + "\tor <input name=\"action\"><br/>\n\tCLI Command <input name=\"command\"><br>\n"
            + "\tuser <input name=\"username\"> pass <input type=\"password\" name=\"secret\"><br>\n"
            + "\t<input type=\"submit\">\n</form>\n</td></tr>\r\n";
    static final String TAIL = "</table></body>\r\n";
    static final String SEPARATOR = "<tr><td colspan=\"2\"><hr></td></tr>\r\n";

    /** The data rows of the page, each as [name, value], and an empty list for each separator. */
    static List<List<String>> rows(String html) {
        Document doc = Jsoup.parse(html);
        List<List<String>> rows = new ArrayList<>();
        List<Element> trs = doc.select("table > tbody > tr");
        for (Element tr : trs.subList(2, trs.size())) {   // the first two rows are the title and the form
            List<Element> cells = tr.select("> td");
            if (cells.size() == 1) {
                assertThat(cells.get(0).select("hr")).hasSize(1);
                rows.add(List.of());
            } else {
                rows.add(List.of(cells.get(0).text(), cells.get(1).wholeText()));
            }
        }
        return rows;
    }

    @Test
    void aReplyIsTwoColumnRowsThenASeparatorUnderTheTestForm() {
        HttpResponse<String> r = new HttpAmi(sb).get("/manager", "action", "login", "username", "admin",
                "secret", "admin123");
        assertThat(r.headers().firstValue("Content-type")).hasValue("text/html");
        assertThat(r.body()).isEqualTo(HEAD
                + "<tr><td>Response</td><td>Success</td></tr>\n"
                + "<tr><td>Message</td><td>Authentication accepted</td></tr>\n"
                + SEPARATOR + TAIL);
        assertThat(rows(r.body())).containsExactly(
                List.of("Response", "Success"), List.of("Message", "Authentication accepted"), List.of());
    }

    @Test
    void theFormOfThePageOffersTheActionsAsterisksDoes() {
        Document doc = Jsoup.parse(new HttpAmi(sb).get("/manager").body());
        Element form = doc.selectFirst("form");
        assertThat(form.attr("action")).isEqualTo("manager");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("option").eachAttr("value"))
                .containsExactly("", "login", "command", "waitevent", "listcommands");
        assertThat(form.select("input").eachAttr("name")).containsExactly("action", "command", "username", "secret");
        assertThat(doc.title()).isEqualTo("Asterisk\u2122 Manager Interface");
    }

    @Test
    void namesKeepTheirCaseAndValuesAndNamesAreEscapedAndRepeatsNumbered() {
        HttpAmi http = new HttpAmi(sb);
        http.login("local", "localpw");
        http.get("/manager", "action", "UserEvent", "UserEvent", "Probe", "Odd<Name>", "a & \"b\" 'c'",
                "Dup", "one", "Dup", "two");
        HttpResponse<String> r = http.get("/manager", "action", "WaitEvent", "timeout", "0", "ActionID", "w1");
        assertThat(rows(r.body())).containsExactly(
                List.of("Response", "Success"), List.of("ActionID", "w1"),
                List.of("Message", "Waiting for Event completed."), List.of(),
                List.of("Event", "UserEvent"), List.of("Privilege", "user,all"), List.of("UserEvent", "Probe"),
                List.of("Odd<Name>", "a & \"b\" 'c'"), List.of("Dup", "one"), List.of("Dup-2", "two"), List.of(),
                List.of("Event", "WaitEventComplete"), List.of("ActionID", "w1"), List.of());
        assertThat(r.body()).contains("<tr><td>Odd&lt;Name&gt;</td><td>a &amp; &quot;b&quot; &apos;c&apos;</td></tr>\n");
    }

    @Test
    void opaqueLinesAreJoinedWithLineBreaks() {
        HttpAmi http = new HttpAmi(sb);
        http.login("local", "localpw");
        http.get("/manager", "action", "UserEvent", "UserEvent", "Multi", "Data", "first\r\nplain line\r\nKey: kept");
        HttpResponse<String> r = http.get("/manager", "action", "WaitEvent", "timeout", "0");
        assertThat(r.body()).contains("<tr><td>Data</td><td>first</td></tr>\n"
                + "<tr><td>Opaque-data</td><td>plain line<br>\nKey: kept</td></tr>\n" + SEPARATOR);
        Element value = Jsoup.parse(r.body()).select("td:containsOwn(Opaque-data) + td").first();
        assertThat(value.childNodes()).hasSize(3);
        assertThat(value.textNodes().get(0).getWholeText()).isEqualTo("plain line");
        assertThat(value.child(0).tagName()).isEqualTo("br");
        assertThat(value.textNodes().get(1).getWholeText()).isEqualTo("\nKey: kept");
    }

    @Test
    void aGetWithoutParametersIsMissingActionInsideThePage() {
        HttpResponse<String> r = new HttpAmi(sb).get("/manager");
        assertThat(rows(r.body())).containsExactly(List.of("Response", "Error"),
                List.of("Message", "Missing action in request"), List.of());
        assertThat(r.headers().firstValue("Set-Cookie")).isPresent();
    }
}
