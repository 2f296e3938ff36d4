package org.switchboard.manager.acl;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Location;
import org.switchboard.config.Variable;

/**
 * The named ACLs of acl.conf, each an {@link AccessList} (named_acl.c). Immutable.
 *
 * <p>Every non-template category is one ACL whose {@code permit}/{@code deny} lines are its
 * rules in file order; a name that appears twice gathers the lines of both. Names are compared
 * <em>with</em> case, here and in {@link #find} (named_acl.c hashes and compares them with
 * strcmp), while the keys permit/deny are matched without case. Asterisk refuses the whole file
 * for a {@code [general]} category, any other key, or any bad rule; so do {@link #fromConfig}
 * and the {@link Builder}.
 *
 * <p>Realtime ACLs are not supported.
 */
public final class NamedAcls {
    private static final Logger LOG = LoggerFactory.getLogger(NamedAcls.class);
    private static final NamedAcls NONE = new NamedAcls(Map.of());

    private final Map<String, AccessList> acls;

    private NamedAcls(Map<String, AccessList> acls) {
        this.acls = Collections.unmodifiableMap(new LinkedHashMap<>(acls));
    }

    /** No named ACL at all: every name a user lists is undefined and denies. */
    public static NamedAcls none() {
        return NONE;
    }

    /**
     * Builds the named ACLs from a parsed acl.conf.
     *
     * @throws AclFormatException when Asterisk would refuse the file; Asterisk's ERROR line has
     *     been logged. Asterisk itself then runs with no named-ACL configuration, in which every
     *     {@code acl=} name <em>allows</em> (named_acl.c ast_named_acl_find); a caller should
     *     rather refuse to start, or keep the ACLs it had, so that a bad file fails closed.
     */
    public static NamedAcls fromConfig(ConfigFile file) throws AclFormatException {
        String topFile = fileLabel(file.path());
        Builder builder = new Builder(topFile);
        for (Category category : file.categories()) {
            if (category.isTemplate()) {
                // ast_category_browse never returns templates
                continue;
            }
            builder.define(category.name());
            for (Variable variable : category.variables()) {
                Location location = variable.location();
                // messages name the file the line came from, which may be an #include
                String label = location == null ? topFile : fileLabel(location.file());
                builder.add(category.name(), variable.name(), variable.value(), location == null ? 0 : location.line(),
                        label);
            }
        }
        return builder.build();
    }

    private static String fileLabel(Path file) {
        return file == null || file.getFileName() == null ? "acl.conf" : file.getFileName().toString();
    }

    /** A builder for tests and for callers that read acl.conf another way; names messages "acl.conf". */
    public static Builder builder() {
        return new Builder("acl.conf");
    }

    /** The rules of the ACL with exactly this name (case matters), or empty when it is not defined. */
    public Optional<AccessList> find(String name) {
        return Optional.ofNullable(acls.get(name));
    }

    /** The defined names, in the order they were first seen. */
    public Set<String> names() {
        return acls.keySet();
    }

    @Override
    public String toString() {
        return acls.toString();
    }

    /** Collects ACL lines one at a time, checking each as Asterisk's config framework does. */
    public static final class Builder {
        private final String fileName;
        private final Map<String, AccessList> acls = new LinkedHashMap<>();

        private Builder(String fileName) {
            this.fileName = fileName;
        }

        /** Declares an ACL (possibly with no rules; an empty ACL allows everything). */
        public Builder define(String aclName) throws AclFormatException {
            if (aclName.equalsIgnoreCase("general")) {
                // named_acl.c matches every category except "general" (config_options.c ACO_BLACKLIST_EXACT)
                throw refused("", "Could not find config type for category '" + aclName + "' in '" + fileName + "'");
            }
            acls.putIfAbsent(aclName, AccessList.EMPTY);
            return this;
        }

        /**
         * Adds one {@code key = value} line of category {@code aclName}, read at {@code line}.
         * {@code key} must be {@code permit} or {@code deny} (any case).
         */
        public Builder add(String aclName, String key, String value, int line) throws AclFormatException {
            return add(aclName, key, value, line, fileName);
        }

        Builder add(String aclName, String key, String value, int line, String lineFile) throws AclFormatException {
            define(aclName);
            String sense;
            if (key.equalsIgnoreCase("permit")) {
                sense = "permit";
            } else if (key.equalsIgnoreCase("deny")) {
                sense = "deny";
            } else {
                throw refused(value, "Could not find option suitable for category '" + aclName + "' named '" + key
                        + "' at line " + line + " of " + lineFile);
            }
            AccessList current = acls.get(aclName);
            try {
                acls.put(aclName, current.append(sense, value));
            } catch (AclFormatException e) {
                throw refused(value, "Error parsing " + key + "=" + value + " at line " + line + " of " + lineFile
                        + " (" + e.getMessage() + ")");
            }
            return this;
        }

        public NamedAcls build() {
            return new NamedAcls(acls);
        }

        private static AclFormatException refused(String value, String reason) {
            LOG.error(reason);
            return new AclFormatException(value, reason);
        }
    }
}
