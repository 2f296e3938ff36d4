package org.switchboard.manager.settings;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.switchboard.manager.filter.FilterSet;

/**
 * One manager.conf user (spec 01 §5.3). {@code secret} is null when none is configured (such a
 * user can never log in); {@code acl} is null when the user has no permit/deny/acl lines.
 *
 * @param name the section name as written in the file
 * @param setvars the setvar entries, in the order Asterisk applies them (reverse of the file)
 * @param aclDescription the ACL as {@code manager show user} prints it (empty when no ACL)
 */
public record ManagerUser(String name, String secret, int readPerm, int writePerm,
                          Predicate<InetAddress> acl, List<String> aclDescription,
                          boolean displayConnects, boolean allowMultipleLogin, int writeTimeoutMs,
                          List<Map.Entry<String, String>> setvars, FilterSet filters) {

    public ManagerUser {
        aclDescription = List.copyOf(aclDescription);
        setvars = List.copyOf(setvars);
    }

    public boolean hasAcl() {
        return acl != null;
    }

    /** True when the user has no ACL or its ACL allows {@code address}. */
    public boolean permits(InetAddress address) {
        return acl == null || acl.test(address);
    }
}
