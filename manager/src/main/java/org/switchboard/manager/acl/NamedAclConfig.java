package org.switchboard.manager.acl;

import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigFile;

/**
 * acl.conf as the named ACL module holds it (named_acl.c): read at start-up and again only by the
 * module's own reload, which reports whether anything changed. Users copy the rules they name when
 * manager.conf is loaded, so a manager reload alone never sees an edited acl.conf.
 */
public final class NamedAclConfig {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.manager");

    private final Function<String, Optional<ConfigFile>> files;
    private NamedAcls current = NamedAcls.none();
    /** acl.conf as last read, kept even when its contents were refused; null when absent. */
    private ConfigFile source;

    /** @param files reads a configuration file by name; empty when it is missing or unreadable */
    public NamedAclConfig(Function<String, Optional<ConfigFile>> files) {
        this.files = files;
    }

    /** The named ACLs in force. */
    public synchronized NamedAcls current() {
        return current;
    }

    /** The start-up load: a refused file leaves no named ACLs, so every acl= name denies. */
    public synchronized void load() {
        source = files.apply("acl.conf").orElse(null);
        if (source == null) {
            return;
        }
        try {
            current = NamedAcls.fromConfig(source);
        } catch (AclFormatException e) {
            log.error("acl.conf: {}", e.getMessage());
        }
    }

    /**
     * The module reload. True when acl.conf changed and its new rules are in force (named_acl.c
     * then publishes an ACL change); an unchanged file is not read, a refused one keeps the rules.
     */
    public synchronized boolean reload() {
        if (source != null && !source.changedSinceRead()) {
            return false;
        }
        Optional<ConfigFile> file = files.apply("acl.conf");
        if (file.isEmpty()) {
            return false;
        }
        source = file.get();
        try {
            current = NamedAcls.fromConfig(source);
            return true;
        } catch (AclFormatException e) {
            log.warn("Could not reload ACL config");
            return false;
        }
    }
}
