package org.switchboard.manager.settings;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import org.switchboard.manager.acl.UserAcl;
import org.switchboard.manager.filter.FilterSet;

/**
 * One manager user (spec 01 §5.3). {@code secret} is null when none is configured (such a user
 * can never log in); {@code acl} is {@link UserAcl#none()} when the user has no permit, deny or
 * acl lines.
 *
 * @param name the section name as written in the file
 * @param setvars the setvar entries, in the order Asterisk keeps them (reverse of the file)
 */
public record ManagerUser(String name, String secret, int readPerm, int writePerm, UserAcl acl,
                          boolean displayConnects, boolean allowMultipleLogin, int writeTimeoutMs,
                          List<Map.Entry<String, String>> setvars, FilterSet filters) {

    public ManagerUser {
        setvars = List.copyOf(setvars);
    }

    public boolean hasAcl() {
        return !acl.isEmpty();
    }

    /** True when the user has no ACL or its ACL allows {@code address} (checked at login only). */
    public boolean permits(InetAddress address) {
        return acl.isEmpty() || acl.permits(address, "Manager User ACL: ");
    }
}
