package org.switchboard.bench.client;

import java.net.InetSocketAddress;

/** The AMI server under test and the account the tool logs in with. */
public record Target(InetSocketAddress address, String user, String secret) {

    /** Resolves {@code host} now; an unknown host is an {@link IllegalArgumentException}. */
    public static Target of(String host, int port, String user, String secret) {
        InetSocketAddress a = new InetSocketAddress(host, port);
        if (a.isUnresolved()) {
            throw new IllegalArgumentException("unknown host: " + host);
        }
        return new Target(a, user, secret);
    }

    @Override
    public String toString() {
        return address.getHostString() + ":" + address.getPort();
    }
}
