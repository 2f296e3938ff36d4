package org.switchboard.manager.acl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the ACL parser (docs/hardening.md): {@code permit=}/{@code deny=} values, named ACLs
 * and users' ACLs. Seeds: the ACL lines of the capture configuration and spec 01 §6's examples.
 * The first input line is the key, the rest the value. For any input:
 *
 * <ul>
 *   <li>the value is refused with {@link AclFormatException} or parsed; nothing else escapes;</li>
 *   <li>every rule's network is already masked, and the rule prints as a row that parses back to
 *       the same rule;</li>
 *   <li>the verdict for a client is the sense of the last rule that applies, ALLOW when none does
 *       (acl.c ast_apply_ha), and an IPv4-mapped IPv6 client gets the IPv4 verdict.</li>
 * </ul>
 */
class AclFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void permitDenyValue(byte[] input) throws UnknownHostException {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        int newline = text.indexOf('\n');
        String key = newline < 0 ? "permit" : text.substring(0, newline);
        String value = newline < 0 ? text : text.substring(newline + 1);
        AccessList acl;
        try {
            acl = AccessList.parse(key, value);
        } catch (AclFormatException refused) {
            return;
        }
        List<AclRule> rules = acl.rules();
        assertThat(acl.dumpRows()).hasSize(rules.size());
        for (AclRule rule : rules) {
            byte[] network = sized(rule.network().getAddress(), rule.isIpv6());
            byte[] mask = sized(rule.netmask().getAddress(), rule.isIpv6());
            for (int i = 0; i < network.length; i++) {
                assertThat(network[i] & ~mask[i]).as("network bits outside the mask").isZero();
            }
            assertPrintsAndParsesBack(rule);
        }
        for (InetAddress client : clients(rules, input)) {
            assertThat(acl.apply(client)).as("verdict for %s", client).isEqualTo(lastApplying(rules, client));
            if (client.getAddress().length == 4) {
                InetAddress mapped = ipv4Mapped(client);
                assertThat(acl.apply(mapped)).as("verdict for %s", mapped).isEqualTo(acl.apply(client));
            }
        }
    }

    /**
     * acl.conf and a user's {@code acl=} / {@code permit=} / {@code deny=} lines, one per input
     * line: {@code [name]} starts a named ACL, {@code key=value} adds to it, and after a line
     * {@code [user]} the lines build a user's ACL. (acl.conf's file syntax is the config reader's,
     * fuzzed in the config module.) Whatever the lines, a user ACL decides every client, an
     * undefined named ACL denies everyone, and a refused line is an AclFormatException.
     */
    @FuzzTest(maxDuration = "5m")
    void namedAndUserAcls(byte[] input) throws UnknownHostException {
        NamedAcls.Builder named = NamedAcls.builder();
        List<String[]> userLines = new ArrayList<>();
        String section = null;
        int lineNumber = 0;
        for (String line : new String(input, StandardCharsets.ISO_8859_1).split("\n", -1)) {
            lineNumber++;
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0 || section == null) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (section.equals("user")) {
                userLines.add(new String[] {key, value});
                continue;
            }
            try {
                named.add(section, key, value, lineNumber);
            } catch (AclFormatException refused) {
                // acl.conf logs the line and goes on
            }
        }
        NamedAcls acls = named.build();
        UserAcl.Builder user = UserAcl.builder();
        for (String[] kv : userLines) {
            try {
                user.add(kv[0], kv[1], acls);
            } catch (AclFormatException refused) {
                return;   // manager.conf deletes such a user: nothing left to decide
            }
        }
        UserAcl acl = user.build();
        acl.dumpLines();
        for (InetAddress client : clients(List.of(), input)) {
            boolean permitted = acl.permits(client);
            boolean expected = acl.entries().stream().allMatch(e -> !e.undefined() && e.apply(client) == AclSense.ALLOW);
            assertThat(permitted).as("verdict for %s", client).isEqualTo(expected);
        }
    }

    /** "permit = <network>/<netmask>" written from the rule's own row, read again. */
    private static void assertPrintsAndParsesBack(AclRule rule) {
        String row = rule.dumpRow(0);
        String addresses = row.substring(row.indexOf(" - ") + 3);
        String key = rule.sense() == AclSense.ALLOW ? "permit" : "deny";
        try {
            assertThat(AccessList.parse(key, addresses).rules()).as("row %s", row).containsExactly(rule);
        } catch (AclFormatException e) {
            throw new AssertionError("row " + row + " does not parse back: " + e.getMessage(), e);
        }
    }

    /** Every rule's own network, and two addresses made from the input's bytes (one of each family). */
    private static List<InetAddress> clients(List<AclRule> rules, byte[] input) throws UnknownHostException {
        List<InetAddress> out = new ArrayList<>();
        for (AclRule r : rules) {
            out.add(r.network());
        }
        out.add(InetAddress.getByAddress(Arrays.copyOf(input, 4)));
        byte[] v6 = Arrays.copyOfRange(input, Math.max(0, input.length - 16), Math.max(16, input.length));
        out.add(InetAddress.getByAddress(Arrays.copyOf(v6, 16)));
        return out;
    }

    private static AclSense lastApplying(List<AclRule> rules, InetAddress client) {
        AclSense verdict = AclSense.ALLOW;
        for (AclRule r : rules) {
            if (applies(r, client)) {
                verdict = r.sense();
            }
        }
        return verdict;
    }

    /** acl.c ast_apply_ha for one rule, written from the spec (§6), not from AclRule. */
    private static boolean applies(AclRule rule, InetAddress client) {
        byte[] address = client.getAddress();
        if (address.length == 16 && isIpv4Mapped(address)) {
            address = Arrays.copyOfRange(address, 12, 16);
        }
        byte[] network = sized(rule.network().getAddress(), rule.isIpv6());
        byte[] mask = sized(rule.netmask().getAddress(), rule.isIpv6());
        if (address.length != network.length) {
            return false;
        }
        for (int i = 0; i < address.length; i++) {
            if ((address[i] & mask[i] & 0xff) != (network[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    /** InetAddress shows a 16-byte address of the IPv4-mapped form as IPv4: give it back its 16 bytes. */
    private static byte[] sized(byte[] bytes, boolean ipv6) {
        if (!ipv6 || bytes.length == 16) {
            return bytes;
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(bytes, 0, mapped, 12, 4);
        return mapped;
    }

    private static boolean isIpv4Mapped(byte[] a) {
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    }

    private static InetAddress ipv4Mapped(InetAddress v4) throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(v4.getAddress(), 0, mapped, 12, 4);
        // InetAddress.getByAddress turns a mapped address back into IPv4; Inet6Address keeps it
        return Inet6Address.getByAddress(null, mapped, -1);
    }
}
