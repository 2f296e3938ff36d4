package org.switchboard.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** /mxml: AMI blocks as XML elements (spec 01 §7.6; manager.c xml_translate, xml_copy_escape). */
class MxmlTest {
    @RegisterExtension
    static SwitchboardExtension sb = HttpAmi.server();

    /** One {@code <response>}: its id, its inner element's name, and the attributes in order. */
    record Block(String id, String element, Map<String, String> attributes) { }

    static List<Block> parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("ajax-response");
        List<Block> blocks = new ArrayList<>();
        NodeList responses = doc.getDocumentElement().getElementsByTagName("response");
        for (int i = 0; i < responses.getLength(); i++) {
            Element response = (Element) responses.item(i);
            assertThat(response.getAttribute("type")).isEqualTo("object");
            Element inner = (Element) response.getElementsByTagName("*").item(0);
            Map<String, String> attributes = new LinkedHashMap<>();
            NamedNodeMap map = inner.getAttributes();
            for (int a = 0; a < map.getLength(); a++) {
                attributes.put(map.item(a).getNodeName(), map.item(a).getNodeValue());
            }
            blocks.add(new Block(response.getAttribute("id"), inner.getTagName(), attributes));
        }
        return blocks;
    }

    @Test
    void loginIsTheSpecsExampleByteForByte() throws Exception {
        HttpResponse<String> r = new HttpAmi(sb).get("/mxml", "action", "login", "username", "admin", "secret", "admin123");
        assertThat(r.headers().firstValue("Content-type")).hasValue("text/xml");
        // spec 01 §7.6 example; no FullyBooted: an HTTP session starts with send_events 0
        assertThat(r.body()).isEqualTo("<ajax-response>\n"
                + "<response type='object' id='unknown'><generic response='Success' message='Authentication accepted' />"
                + "</response>\n</ajax-response>\n");
        assertThat(parse(r.body())).containsExactly(new Block("unknown", "generic",
                Map.of("response", "Success", "message", "Authentication accepted")));
    }

    @Test
    void loginWithEventsAlsoBringsFullyBootedAsASecondBlock() throws Exception {
        HttpResponse<String> r = new HttpAmi(sb).get("/mxml", "action", "login", "username", "admin",
                "secret", "admin123", "events", "on");
        List<Block> blocks = parse(r.body());
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).attributes()).containsOnly(
                Map.entry("response", "Success"), Map.entry("message", "Authentication accepted"));
        assertThat(blocks.get(1).attributes()).containsOnlyKeys("event", "privilege", "uptime", "lastreload", "status");
        assertThat(blocks.get(1).attributes().get("event")).isEqualTo("FullyBooted");
        assertThat(blocks.get(1).attributes().get("privilege")).isEqualTo("system,all");
        assertThat(blocks.get(1).attributes().get("status")).isEqualTo("Fully Booted");
    }

    @Test
    void ajaxDestAndObjTypeNameTheElements() throws Exception {
        HttpResponse<String> r = new HttpAmi(sb).get("/mxml", "action", "ping", "AjaxDest", "panel7", "ajaxobjtype", "pong");
        List<Block> blocks = parse(r.body());
        assertThat(blocks).containsExactly(new Block("panel7", "pong",
                Map.of("response", "Error", "message", "Permission denied")));
    }

    @Test
    void namesAreLowerCasedAndSanitisedValuesEscapedAndRepeatsNumbered() throws Exception {
        HttpAmi http = new HttpAmi(sb);
        http.login("local", "localpw");   // reads system and user: its own SuccessfulAuth (security) is not kept
        // UserEvent echoes every other request line into its event; WaitEvent hands it back
        HttpResponse<String> sent = http.get("/mxml", "action", "UserEvent", "UserEvent", "Probe",
                "Odd-Name.x", "<a & 'b' \"c\">", "2nd", "digit", "Dup", "one", "Dup", "two", "Dup", "three");
        assertThat(parse(sent.body()).get(0).attributes()).containsEntry("message", "Event Sent");
        HttpResponse<String> waited = http.get("/mxml", "action", "WaitEvent", "timeout", "0");
        List<Block> blocks = parse(waited.body());
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).attributes()).containsOnly(
                Map.entry("response", "Success"), Map.entry("message", "Waiting for Event completed."));
        Map<String, String> event = blocks.get(1).attributes();
        assertThat(event).containsEntry("event", "UserEvent").containsEntry("privilege", "user,all")
                .containsEntry("userevent", "Probe")
                .containsEntry("odd_name_x", "<a & 'b' \"c\">")
                .containsEntry("_2nd", "digit")
                .containsEntry("dup", "one").containsEntry("dup-2", "two").containsEntry("dup-3", "three");
        assertThat(blocks.get(2).attributes()).containsOnly(Map.entry("event", "WaitEventComplete"));
        // the raw text keeps the AMI order; xml_copy_escape's entities inside single quotes
        assertThat(waited.body()).contains("<generic event='UserEvent' privilege='user,all' userevent='Probe'"
                + " odd_name_x='&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;' _2nd='digit'"
                + " dup='one' dup-2='two' dup-3='three' /></response>\n");
    }

    @Test
    void aLineWithoutAColonStartsOpaqueDataUpToTheEndOfTheBlock() throws Exception {
        HttpAmi http = new HttpAmi(sb);
        http.login("local", "localpw");
        http.get("/mxml", "action", "UserEvent", "UserEvent", "Multi", "Data", "first\r\nplain line\r\nKey: not parsed");
        HttpResponse<String> waited = http.get("/mxml", "action", "WaitEvent", "timeout", "0");
        Map<String, String> event = parse(waited.body()).get(1).attributes();
        assertThat(event).containsOnly(Map.entry("event", "UserEvent"), Map.entry("privilege", "user,all"),
                Map.entry("userevent", "Multi"), Map.entry("data", "first"),
                Map.entry("opaque_data", "plain line Key: not parsed"));   // XML turns the newline into a space
        assertThat(waited.body()).contains(" data='first' opaque_data='plain line\nKey: not parsed' /></response>\n");
    }
}
