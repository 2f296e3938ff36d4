package org.switchboard.bench.client;

import java.net.InetSocketAddress;

/** The AMI server under test and the account the tool logs in with. */
public record Target(InetSocketAddress address, String user, String secret) {

    public static Target of(String host, int port, String user, String secret) {
        return new Target(new InetSocketAddress(host, port), user, secret);
    }

    /** True for 127.0.0.0/8 and ::1. */
    public boolean loopback() {
        return address.getAddress() != null && address.getAddress().isLoopbackAddress();
    }

    @Override
    public String toString() {
        return address.getHostString() + ":" + address.getPort();
    }
}
