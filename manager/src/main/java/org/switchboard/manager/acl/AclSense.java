package org.switchboard.manager.acl;

/** What an ACL rule, or a whole ACL, decides for an address (acl.h enum ast_acl_sense). */
public enum AclSense {
    ALLOW,
    DENY;

    AclSense inverted() {
        return this == ALLOW ? DENY : ALLOW;
    }
}
