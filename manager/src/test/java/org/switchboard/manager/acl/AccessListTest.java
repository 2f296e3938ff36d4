package org.switchboard.manager.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule syntax and evaluation of one rule list (spec 01 §6; acl.c append_ha_core, ast_apply_ha). */
class AccessListTest {

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // literals only: no lookup happens
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static AccessList list(String... keyValues) throws AclFormatException {
        AccessList list = AccessList.EMPTY;
        for (int i = 0; i < keyValues.length; i += 2) {
            list = list.append(keyValues[i], keyValues[i + 1]);
        }
        return list;
    }

    @ParameterizedTest(name = "{0} = {1} dumps as [{2}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "permit|10.1.2.3|  0: allow - 10.1.2.3/255.255.255.255",
        "permit|10.1.2.3/8|  0: allow - 10.0.0.0/255.0.0.0",
        "permit|10.1.2.3/255.255.0.0|  0: allow - 10.1.0.0/255.255.0.0",
        "permit|10.1.2.3/0|  0: allow - 0.0.0.0/0.0.0.0",
        "permit|10.1.2.3/255.0.255.0|  0: allow - 10.0.2.0/255.0.255.0",
        "deny|0.0.0.0/0.0.0.0|  0:  deny - 0.0.0.0/0.0.0.0",
        "deny|10.1.2.3/24|  0:  deny - 10.1.2.0/255.255.255.0",
        "Permit|10.1.2.3/32|  0: allow - 10.1.2.3/255.255.255.255",
        "pxyz|10.1.2.3|  0: allow - 10.1.2.3/255.255.255.255",
        "anything|10.1.2.3|  0:  deny - 10.1.2.3/255.255.255.255",
        "permit|!10.1.2.3|  0:  deny - 10.1.2.3/255.255.255.255",
        "deny|!10.1.2.3|  0: allow - 10.1.2.3/255.255.255.255",
        "permit|127.1/8|  0: allow - 127.0.0.0/255.0.0.0",
        "permit|[10.1.2.3]/16|  0: allow - 10.1.0.0/255.255.0.0",
        "permit|::1|  0: allow - ::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        "permit|[::1]|  0: allow - ::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        "permit|2001:db8:1:2::5/64|  0: allow - 2001:db8:1:2::/ffff:ffff:ffff:ffff::",
        "permit|2001:db8::5/ffff:ffff::|  0: allow - 2001:db8::/ffff:ffff::",
        "permit|fe80::1/10|  0: allow - fe80::/ffc0::",
        "deny|::/0|  0:  deny - ::/::",
        "permit|::ffff:10.1.2.3|  0: allow - 10.1.2.3/255.255.255.255",
        "permit|::ffff:10.1.2.3/8|  0: allow - 10.0.0.0/255.0.0.0",
        "permit|10.1.2.3/::ffff:255.255.0.0|  0: allow - 10.1.0.0/255.255.0.0",
        "permit|10.1.2.3/ 24|  0: allow - 10.1.2.0/255.255.255.0",
        "permit|10.1.2.3/+24|  0: allow - 10.1.2.0/255.255.255.0",
        "permit|10.1.2.3/24abc|  0: allow - 10.1.2.0/255.255.255.0",
        "permit|10.1.2.3/24/7|  0: allow - 10.1.2.0/255.255.255.0",
        "permit|10.1.2.3/4294967320|  0: allow - 10.1.2.0/255.255.255.0",
        "permit|10.1.2.3/-0|  0: allow - 0.0.0.0/0.0.0.0",
    })
    void parsesEveryAddressAndMaskForm(String key, String value, String row) throws Exception {
        assertThat(AccessList.parse(key, value).dumpRows()).containsExactly(row);
    }

    @Test
    void parsesEveryCommaSeparatedItemInOrder() throws Exception {
        assertThat(AccessList.parse("deny", "10.0.0.0/8,!10.1.0.0/16,::1").dumpRows()).containsExactly(
                "  0:  deny - 10.0.0.0/255.0.0.0",
                "  1: allow - 10.1.0.0/255.255.0.0",
                "  2:  deny - ::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
    }

    @ParameterizedTest(name = "{0} = [{1}] is refused: {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "permit|''|Invalid IP address: ",
        "permit|localhost|Invalid IP address: localhost",
        "permit|10.0.0.300|Invalid IP address: 10.0.0.300",
        "permit|!|Invalid IP address: ",
        "permit|!!10.0.0.1|Invalid IP address: !10.0.0.1",
        "permit|10.0.0.1:5038|Invalid IP address: 10.0.0.1:5038",
        "permit|[::1]:5038|Invalid IP address: [::1]:5038",
        "permit|10.0.0.1,|Invalid IP address: ",
        "permit|10.0.0.1,,10.0.0.2|Invalid IP address: ",
        "permit|10.0.0.1, 10.0.0.2|Invalid IP address:  10.0.0.2",
        "permit|/24|Invalid IP address: ",
        "permit|10.0.0.1/|Invalid CIDR netmask: ",
        "permit|10.0.0.1/33|Invalid CIDR netmask: 33",
        "permit|10.0.0.1/-1|Invalid CIDR netmask: -1",
        "permit|10.0.0.1/abc|Invalid CIDR netmask: abc",
        "permit|10.0.0.1/2147483648|Invalid CIDR netmask: 2147483648",
        "permit|::1/129|Invalid CIDR netmask: 129",
        "permit|10.0.0.1/255.255.0.256|Invalid netmask: 255.255.0.256",
        "permit|10.0.0.1/255.255.0.0:80|Invalid netmask: 255.255.0.0:80",
        "permit|10.0.0.1/ffff::|Address and mask are not using same address scheme.",
        "permit|::1/255.255.255.0|Address and mask are not using same address scheme.",
        "permit|fe80::1%1|Invalid IP address: fe80::1%1",
    })
    void refusesWhatAsteriskRefusesWithItsReason(String key, String value, String reason) {
        assertThatThrownBy(() -> AccessList.parse(key, value))
                .isInstanceOf(AclFormatException.class)
                .hasMessage(reason)
                .extracting(e -> ((AclFormatException) e).value()).isEqualTo(value);
    }

    @Test
    void aListWithNoRulesAllowsEverything() {
        assertThat(AccessList.EMPTY.permits(ip("10.0.0.1"))).isTrue();
        assertThat(AccessList.EMPTY.permits(ip("::1"))).isTrue();
    }

    @Test
    void theLastMatchingRuleDecides() throws Exception {
        AccessList list = list("deny", "0.0.0.0/0.0.0.0", "permit", "10.0.0.0/8", "deny", "10.9.0.0/16");
        assertThat(list.permits(ip("192.168.1.1"))).isFalse();
        assertThat(list.permits(ip("10.1.2.3"))).isTrue();
        assertThat(list.permits(ip("10.9.2.3"))).isFalse();
    }

    @Test
    void aLaterBroadRuleOverridesAnEarlierNarrowOne() throws Exception {
        AccessList list = list("permit", "10.0.0.1", "deny", "0.0.0.0/0");
        assertThat(list.permits(ip("10.0.0.1"))).isFalse();
    }

    @Test
    void noApplyingRuleMeansAllow() throws Exception {
        assertThat(list("deny", "10.0.0.0/8").permits(ip("192.168.1.1"))).isTrue();
    }

    @Test
    void anInvertedItemTakesTheOtherSense() throws Exception {
        AccessList list = list("deny", "0.0.0.0/0,!10.0.0.0/8");
        assertThat(list.permits(ip("10.1.1.1"))).isTrue();
        assertThat(list.permits(ip("11.1.1.1"))).isFalse();
    }

    @Test
    void ipv4RulesSkipIpv6ClientsAndTheOtherWayRound() throws Exception {
        AccessList v4 = list("deny", "0.0.0.0/0");
        assertThat(v4.permits(ip("::1"))).isTrue();
        assertThat(v4.permits(ip("2001:db8::1"))).isTrue();
        assertThat(v4.permits(ip("10.0.0.1"))).isFalse();

        AccessList v6 = list("deny", "::/0");
        assertThat(v6.permits(ip("10.0.0.1"))).isTrue();
        assertThat(v6.permits(ip("::1"))).isFalse();
    }

    @Test
    void anIpv4MappedClientCountsAsIpv4() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 1};
        // Inet6Address.getByAddress keeps the IPv6 form that a dual-stack socket could report
        InetAddress client = java.net.Inet6Address.getByAddress(null, mapped, -1);
        assertThat(list("deny", "0.0.0.0/0").permits(client)).isFalse();
        assertThat(list("deny", "::/0").permits(client)).isTrue();
    }

    @Test
    void ipv6RulesMatchByPrefix() throws Exception {
        AccessList list = list("deny", "::/0", "permit", "2001:db8:1::/48");
        assertThat(list.permits(ip("2001:db8:1:ffff::1"))).isTrue();
        assertThat(list.permits(ip("2001:db8:2::1"))).isFalse();
    }

    @Test
    void theNetworkIsStoredAndedWithItsMask() throws Exception {
        AccessList list = list("deny", "10.1.2.3/8");
        assertThat(list.rules().get(0).network()).isEqualTo(ip("10.0.0.0"));
        assertThat(list.rules().get(0).netmask()).isEqualTo(ip("255.0.0.0"));
        assertThat(list.permits(ip("10.200.0.1"))).isFalse();
    }

    @Test
    void appendKeepsTheOriginalListUnchanged() throws Exception {
        AccessList first = AccessList.parse("permit", "10.0.0.1");
        AccessList both = first.append("deny", "10.0.0.2");
        assertThat(first.rules()).hasSize(1);
        assertThat(both.rules()).hasSize(2);
    }
}
