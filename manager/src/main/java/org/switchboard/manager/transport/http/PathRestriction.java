package org.switchboard.manager.transport.http;

import java.util.Objects;

import org.switchboard.manager.acl.UserAcl;

/**
 * An http.conf {@code [<path>] type=restriction} section: requests whose URI begins with
 * {@code path} (with case) must pass {@code acl}, else 403 {@code Access denied by ACL}
 * (spec 01 §7.1; http.c check_restriction_acl).
 */
public record PathRestriction(String path, UserAcl acl) {
    public PathRestriction {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(acl, "acl");
    }

    /** True when this restriction applies to {@code uri} and its ACL refuses {@code client}. */
    public boolean denies(String uri, java.net.InetAddress client) {
        return uri.startsWith(path) && !acl.isEmpty() && !acl.permits(client, "HTTP Path ACL");
    }
}
