package org.switchboard.manager.acl;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Locale;

/**
 * One parsed {@code permit}/{@code deny} item: a sense, a network address (already ANDed with
 * its mask) and a netmask, both IPv4 or both IPv6 (acl.c struct ast_ha). Immutable.
 */
public final class AclRule {
    private final AclSense sense;
    private final byte[] network;
    private final byte[] netmask;

    AclRule(AclSense sense, byte[] network, byte[] netmask) {
        if (network.length != netmask.length) {
            throw new IllegalArgumentException("network and netmask of different families");
        }
        this.sense = sense;
        this.network = network.clone();
        this.netmask = netmask.clone();
    }

    public AclSense sense() {
        return sense;
    }

    /** True for an IPv6 rule; IPv6 rules only ever apply to IPv6 clients that are not IPv4-mapped. */
    public boolean isIpv6() {
        return network.length == 16;
    }

    public InetAddress network() {
        return NumericAddress.toInetAddress(network);
    }

    public InetAddress netmask() {
        return NumericAddress.toInetAddress(netmask);
    }

    /**
     * Whether this rule applies to {@code client}: same family (an IPv4-mapped client counts as
     * IPv4) and client AND netmask equals the network (acl.c ast_apply_ha).
     */
    public boolean appliesTo(InetAddress client) {
        byte[] address = client.getAddress();
        if (NumericAddress.isIpv4Mapped(address)) {
            address = Arrays.copyOfRange(address, 12, 16);
        }
        if (address.length != network.length) {
            return false;
        }
        for (int i = 0; i < address.length; i++) {
            if ((address[i] & netmask[i]) != network[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The row {@code manager show user} and {@code acl show} print for this rule at
     * {@code index}, without the line end (acl.c ast_ha_output: {@code "%3d: %s - %s/%s"}).
     */
    public String dumpRow(int index) {
        return String.format(Locale.ROOT, "%3d: %s - %s/%s", index, sense == AclSense.ALLOW ? "allow" : " deny",
                NumericAddress.format(network), NumericAddress.format(netmask));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AclRule rule && rule.sense == sense
                && Arrays.equals(rule.network, network) && Arrays.equals(rule.netmask, netmask);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * sense.hashCode() + Arrays.hashCode(network)) + Arrays.hashCode(netmask);
    }

    @Override
    public String toString() {
        return (sense == AclSense.ALLOW ? "permit " : "deny ") + NumericAddress.format(network) + "/"
                + NumericAddress.format(netmask);
    }
}
