package org.switchboard.manager.acl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.manager.acl.NumericAddress.HostPort;
import org.switchboard.manager.acl.NumericAddress.PortPolicy;

/**
 * Expectations were taken from glibc 2.36: getaddrinfo(host, NULL/port, AI_NUMERICHOST |
 * AI_NUMERICSERV) followed by inet_ntop, which is what netsock2.c ast_sockaddr_parse and
 * ast_sockaddr_stringify_addr use.
 */
class NumericAddressTest {

    @ParameterizedTest(name = "{0} parses as {1}")
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1|127.0.0.1",
        "127.1|127.0.0.1",
        "127.0.1|127.0.0.1",
        "0x7f.1|127.0.0.1",
        "0177.0.0.1|127.0.0.1",
        "1.2.3.04|1.2.3.4",
        "4294967295|255.255.255.255",
        "0xffffffff|255.255.255.255",
        "1.16777215|1.255.255.255",
        "0.0.0.0|0.0.0.0",
        "::1|::1",
        "::|::",
        "1::|1::",
        "FE80::ABCD|fe80::abcd",
        "::1.2.3.4|::1.2.3.4",
        "1:2:3:4:5:6:7:8|1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7::|1:2:3:4:5:6:7:0",
        "::1:2:3:4:5:6:7|0:1:2:3:4:5:6:7",
        "1:2:3:4:5:6:1.2.3.4|1:2:3:4:5:6:102:304",
        "[::1]|::1",
        "[1.2.3.4]|1.2.3.4",
        "[::1|::1",
        "[::1]junk|::1",
    })
    void acceptsWhatGetaddrinfoAccepts(String text, String printed) {
        Optional<HostPort> parsed = NumericAddress.parse(text, PortPolicy.FORBID);
        assertThat(parsed).isPresent();
        assertThat(NumericAddress.format(parsed.get().address())).isEqualTo(printed);
        assertThat(parsed.get().port()).isZero();
    }

    @ParameterizedTest(name = "[{0}] is refused")
    @ValueSource(strings = {
        "", "08.0.0.1", "1.2.3.4.", "1..2.3", " 1.2.3.4", "1.2.3.4 ", "4294967296", "1.16777216", "0x",
        "1.2.3.256", "abc", "localhost", "1e.2.3.4", "+1.2.3.4", ":1::", "1:", "1:::2", "00000::1",
        "::1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:1.2.3.4", "::ffff:1.2.3", "::ffff:01.2.3.4",
        "::ffff:1.2.3.256", "fe80::1%1", "[]", "1.2.3.4:80", "[::1]:80", "1.2.3.4:"
    })
    void refusesWhatGetaddrinfoRefusesOrCarriesAForbiddenPort(String text) {
        assertThat(NumericAddress.parse(text, PortPolicy.FORBID)).isEmpty();
    }

    @ParameterizedTest(name = "{0} gives port {1}")
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1:5039|5039",
        "[::1]:5039|5039",
        "127.0.0.1:|0",
        "127.0.0.1: 80|80",
        "127.0.0.1:+80|80",
        "127.0.0.1:70000|4464",
        "127.0.0.1:065536|0",
        "127.0.0.1:2147483647|65535",
        "127.0.0.1:4294967296|0",
        "127.0.0.1:-0|0",
        "127.0.0.1|0",
    })
    void readsNumericPortsAsGlibcDoes(String text, int port) {
        assertThat(NumericAddress.parse(text, PortPolicy.ACCEPT)).map(HostPort::port).contains(port);
    }

    @ParameterizedTest(name = "port in [{0}] is refused")
    @ValueSource(strings = {
        "127.0.0.1:-1", "127.0.0.1:80 ", "127.0.0.1:0x50", "127.0.0.1:abc", "127.0.0.1:2147483648",
        "127.0.0.1:18446744073709551616", "127.0.0.1:- 1"
    })
    void refusesPortsGlibcRefuses(String text) {
        assertThat(NumericAddress.parse(text, PortPolicy.ACCEPT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:80", "[::1]:80"})
    void ignoresAPortWhenToldTo(String text) {
        assertThat(NumericAddress.parse(text, PortPolicy.IGNORE)).map(HostPort::port).contains(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "[::1]", "::1"})
    void requiresAPortWhenToldTo(String text) {
        assertThat(NumericAddress.parse(text, PortPolicy.REQUIRE)).isEmpty();
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', value = {
        "1:0:0:2:0:0:0:3|1:0:0:2::3",
        "1:0:0:2:0:0:3:4|1::2:0:0:3:4",
        "0:0:0:0:0:0:0:1|::1",
        "fe80:0:0:0:0:0:0:0|fe80::",
        "0:0:0:0:0:0:102:304|::1.2.3.4",
        "0:0:0:0:0:0:1:2|::0.1.0.2",
        "1:0:2:0:3:0:4:0|1:0:2:0:3:0:4:0",
        "ffff:ffff:ffff:ffff:0:0:0:0|ffff:ffff:ffff:ffff::",
        "0:0:1:0:0:0:0:0|0:0:1::",
        "0:0:0:0:0:1:0:0|::1:0:0",
        "0:0:0:0:1:ffff:102:304|::1:ffff:102:304",
    })
    void printsIpv6AsInetNtopDoes(String text, String printed) {
        assertThat(NumericAddress.parseHost(text).map(NumericAddress::format)).contains(printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:1.2.3.4", "0:0:0:0:0:ffff:102:304"})
    void turnsIpv4MappedAddressesIntoIpv4(String text) throws Exception {
        InetAddress parsed = NumericAddress.parseHost(text).orElseThrow();
        assertThat(parsed).isEqualTo(InetAddress.getByAddress(new byte[] {1, 2, 3, 4}));
        assertThat(NumericAddress.format(parsed)).isEqualTo("1.2.3.4");
    }
}
