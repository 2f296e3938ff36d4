package org.switchboard.manager.session;

/** How a session reached the manager; security events print TCP or TLS (spec 01 §8). */
public enum Transport {
    TCP("TCP"),
    TLS("TLS"),
    HTTP("TCP");

    private final String securityName;

    Transport(String securityName) {
        this.securityName = securityName;
    }

    /** The transport word in security-event addresses ({@code IPV4/TCP/...}). */
    public String securityName() {
        return securityName;
    }
}
