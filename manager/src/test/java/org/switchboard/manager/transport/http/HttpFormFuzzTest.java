package org.switchboard.manager.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.switchboard.protocol.AmiMessage;

/**
 * Fuzzes what AMI over HTTP reads from a request and writes back (docs/hardening.md): query
 * strings and form bodies, the {@code mansession_id} cookie, the Digest {@code Authorization}
 * header, and the mxml translation of AMI output. Seeds: the requests and replies of the HTTP
 * captures and spec 01 §7's examples. For any input:
 *
 * <ul>
 *   <li>form parsing gives one parameter per {@code &}-separated part, and the AMI message holds
 *       at most 128 of them, each as {@code name: value};</li>
 *   <li>percent-encoding any byte string and decoding it gives it back;</li>
 *   <li>the cookie id is a 32-bit value, a Digest header parses or is refused, never more;</li>
 *   <li>the mxml body is well-formed XML whenever Asterisk's own translation would be (no
 *       control characters, header names that stay distinct as XML attribute names, no
 *       {@code ajaxdest}/{@code ajaxobjtype}, which Asterisk copies unescaped).</li>
 * </ul>
 */
class HttpFormFuzzTest {
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z0-9]+");

    @FuzzTest(maxDuration = "5m")
    void formAndHeaders(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);

        List<FormParams.Param> params = FormParams.parse(text);
        assertThat(params).hasSize(count(text, '&') + 1);
        AmiMessage message = FormParams.toMessage(params);
        assertThat(message.headers().size()).isEqualTo(Math.min(params.size(), FormParams.MAX_HEADERS));
        for (int i = 0; i < message.headers().size(); i++) {
            assertThat(message.headers().line(i)).isEqualTo(params.get(i).name() + ": " + params.get(i).value());
        }
        assertThat(FormParams.decode(percentEncode(text))).isEqualTo(text);

        long id = HttpCookies.managerId(List.of("other=1", text));
        assertThat(id).isBetween(0L, 0xFFFFFFFFL);

        Optional<DigestAuthorization> digest = DigestAuthorization.parse(text);
        digest.ifPresent(d -> assertThat(List.of(d.username(), d.realm(), d.nonce(), d.uri(), d.response()))
                .allMatch(v -> !v.isEmpty()));
    }

    @FuzzTest(maxDuration = "5m")
    void mxmlIsWellFormed(byte[] input) throws Exception {
        String ami = new String(input, StandardCharsets.ISO_8859_1);
        String xml = AmiOutputTranslator.translate(ami, List.of(), OutputFormat.XML);
        AmiOutputTranslator.translate(ami, List.of(), OutputFormat.HTML);
        if (!translatableToXml(AmiOutputTranslator.cutAtNul(ami))) {
            return;
        }
        try {
            parser().parse(new ByteArrayInputStream(("<ajax-response>\n" + xml + "</ajax-response>\n")
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /**
     * No control characters XML 1.0 forbids, every header name of the form [a-z0-9]+, and AMI's
     * own line ends: CR LF, with a blank line at the end, as every AMI reply has. xml_translate
     * leaves an opaque value that runs to the very end of the text unclosed (fuzz finding H1), and
     * reads LF LF as one line end, so a bare-LF blank line closes nothing (H2): in Asterisk too.
     */
    private static boolean translatableToXml(String ami) {
        if ((!ami.isEmpty() && !ami.endsWith("\r\n\r\n")) || ami.replace("\r\n", "").indexOf('\n') >= 0) {
            return false;
        }
        for (int i = 0; i < ami.length(); i++) {
            char c = ami.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        boolean opaque = false;
        for (String line : ami.split("\r\n|\r|\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                opaque = false;
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (opaque) {
                continue;
            }
            if (colon < 0) {
                opaque = true;
            } else if (!PLAIN_NAME.matcher(trimmed.substring(0, colon).strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b;
    }

    private static String percentEncode(String s) {
        StringBuilder b = new StringBuilder(s.length() * 3);
        for (int i = 0; i < s.length(); i++) {
            // alternate the case of the hex digits: both are read
            b.append(String.format(i % 2 == 0 ? "%%%02X" : "%%%02x", (int) s.charAt(i)));
        }
        return b.toString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
