package org.switchboard.manager.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.protocol.AmiMessage;

/** Query and form decoding (spec 01 §7.3; http.c, utils.c ast_uri_decode) and the AMI message they make. */
class FormParamsTest {
    @Test
    void pairsSplitOnAmpersandThenAtTheFirstEquals() {
        assertThat(FormParams.parse("action=login&username=a=b&flag")).containsExactly(
                new FormParams.Param("action", "login"), new FormParams.Param("username", "a=b"),
                new FormParams.Param("flag", ""));
    }

    @Test
    void emptyPartsAreKeptAsEmptyNames() {
        assertThat(FormParams.parse("a=1&&b=2&")).containsExactly(new FormParams.Param("a", "1"),
                new FormParams.Param("", ""), new FormParams.Param("b", "2"), new FormParams.Param("", ""));
    }

    @Test
    void plusIsASpaceAndPercentTakesTwoCharacters() {
        assertThat(FormParams.decode("a+b%20c%41")).isEqualTo("a b cA");
        assertThat(FormParams.decode("%0D%0A")).isEqualTo("\r\n");
        assertThat(FormParams.decode("%e9")).isEqualTo("\u00e9");
        // one hex digit then anything: sscanf reads the digit, both characters are consumed
        assertThat(FormParams.decode("%4z!")).isEqualTo("\u0004!");
        assertThat(FormParams.decode("%zz")).isEqualTo("%zz");
        assertThat(FormParams.decode("ab%4")).isEqualTo("ab%4");
        assertThat(FormParams.decode("%")).isEqualTo("%");
    }

    @Test
    void namesAreDecodedToo() {
        assertThat(FormParams.parse("Action%49D=1")).containsExactly(new FormParams.Param("ActionID", "1"));
    }

    @Test
    void eachParameterBecomesAHeaderLineAndOnly128AreKept() {
        List<FormParams.Param> params = new ArrayList<>();
        params.add(new FormParams.Param("action", "Ping"));
        for (int i = 0; i < 200; i++) {
            params.add(new FormParams.Param("x" + i, "v"));
        }
        AmiMessage m = FormParams.toMessage(params);
        assertThat(m.headers().size()).isEqualTo(128);
        assertThat(m.headers().line(0)).isEqualTo("action: Ping");
        assertThat(m.action()).isEqualTo("Ping");
        assertThat(m.headers().line(127)).isEqualTo("x126: v");
    }
}
