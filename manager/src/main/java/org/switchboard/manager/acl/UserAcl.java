package org.switchboard.manager.acl;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A manager user's whole ACL (acl.c struct ast_acl_list): the unnamed base list built from all
 * of the user's {@code permit=}/{@code deny=} lines, always first, then one entry per named ACL
 * listed in {@code acl=} lines. An address is permitted only when every entry allows it; an
 * entry for a named ACL that was not defined denies everything (spec 01 §6). Immutable; made
 * with {@link #builder()}.
 */
public final class UserAcl {
    private static final Logger LOG = LoggerFactory.getLogger(UserAcl.class);
    private static final String DASH_LINE = "-".repeat(45);
    private static final UserAcl NONE = new UserAcl(List.of());

    /**
     * One entry of the list. {@code name} is empty for the base list; {@code undefined} marks a
     * named ACL that acl.conf does not define; {@code realtime} is always false (no realtime
     * storage), kept so that the dump has Asterisk's shape.
     */
    public record Entry(String name, AccessList rules, boolean undefined, boolean realtime) {
        /** The entry's decision alone (acl.c ast_apply_acl_internal). */
        public AclSense apply(InetAddress client) {
            return undefined ? AclSense.DENY : rules.apply(client);
        }

        String displayName() {
            return name.isEmpty() ? "(BASELINE)" : name;
        }
    }

    private final List<Entry> entries;

    private UserAcl(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A user with no ACL lines: every address is permitted. */
    public static UserAcl none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** True when the user has no ACL at all ({@code manager show user} then prints "ACL: no"). */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether {@code client} passes every entry. Logs nothing. */
    public boolean permits(InetAddress client) {
        for (Entry entry : entries) {
            if (entry.apply(client) == AclSense.DENY) {
                return false;
            }
        }
        return true;
    }

    /**
     * Like {@link #permits(InetAddress)}, logging Asterisk's line for a refusal, prefixed by
     * {@code purpose} (manager.c passes "Manager User ACL: "; acl.c ast_apply_acl).
     */
    public boolean permits(InetAddress client, String purpose) {
        for (Entry entry : entries) {
            if (entry.undefined()) {
                LOG.warn("{}Rejecting '{}' due to use of an invalid ACL '{}'.", purpose,
                        NumericAddress.format(client), entry.displayName());
                return false;
            }
            if (entry.rules().apply(client) == AclSense.DENY) {
                LOG.info("{}Rejecting '{}' due to a failure to pass ACL '{}'", purpose,
                        NumericAddress.format(client), entry.displayName());
                return false;
            }
        }
        return true;
    }

    /**
     * The lines {@code manager show user} prints after the user's variables, without line ends:
     * per entry {@code ACL: (unnamed)} or {@code ACL: <name>}, a line of 45 dashes, then its rule
     * rows (acl.c ast_acl_output). Empty when the user has no ACL.
     */
    public List<String> dumpLines() {
        List<String> lines = new ArrayList<>();
        for (Entry entry : entries) {
            lines.add("ACL: " + (entry.name().isEmpty() ? "(unnamed)" : entry.name())
                    + (entry.realtime() ? " (realtime)" : ""));
            lines.add(DASH_LINE);
            lines.addAll(entry.rules().dumpRows());
        }
        return lines;
    }

    @Override
    public String toString() {
        return entries.toString();
    }

    /**
     * Collects a user's ACL lines in file order, as acl.c ast_append_acl does. After an
     * exception the user is to be dropped (spec 01 §5.3), so the builder should be discarded.
     */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        private Builder() { }

        /**
         * Adds one manager.conf ACL line: a key beginning with 'a' (any case), i.e. {@code acl},
         * names named ACLs; any other key ({@code permit}, {@code deny}) adds rules to the base
         * list.
         */
        public Builder add(String key, String value, NamedAcls namedAcls) throws AclFormatException {
            if (!key.isEmpty() && Character.toLowerCase(key.charAt(0)) == 'a') {
                return addNamed(value, namedAcls);
            }
            return addRule(key, value);
        }

        /** Appends the rules of a {@code permit=}/{@code deny=} line to the base list. */
        public Builder addRule(String key, String value) throws AclFormatException {
            List<AclRule> rules = AclRuleParser.parse(key, value);
            // the first entry is the base list when its name is empty; otherwise one is put in front
            if (!entries.isEmpty() && entries.get(0).name().isEmpty()) {
                Entry base = entries.get(0);
                entries.set(0, new Entry("", base.rules().plus(rules), base.undefined(), base.realtime()));
            } else {
                entries.add(0, new Entry("", AccessList.EMPTY.plus(rules), false, false));
            }
            return this;
        }

        /**
         * Appends one entry per name of an {@code acl=} value (comma-separated; blanks before a
         * name are skipped, blanks after it are kept). A name already in the list, compared
         * without case, is an error; it is skipped and the other names are still added before
         * the exception is thrown.
         */
        public Builder addNamed(String names, NamedAcls namedAcls) throws AclFormatException {
            AclFormatException duplicate = null;
            for (String item : names.split(",", -1)) {
                String name = skipBlanks(item);
                if (contains(name)) {
                    String reason = "Named ACL '" + name + "' occurs multiple times in ACL definition. "
                            + "Please update your ACL configuration.";
                    LOG.error(reason);
                    if (duplicate == null) {
                        duplicate = new AclFormatException(names, reason);
                    }
                    continue;
                }
                entries.add(lookup(name, namedAcls));
            }
            if (duplicate != null) {
                throw duplicate;
            }
            return this;
        }

        public UserAcl build() {
            return entries.isEmpty() ? NONE : new UserAcl(entries);
        }

        private boolean contains(String name) {
            for (Entry entry : entries) {
                if (entry.name().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }

        private static Entry lookup(String name, NamedAcls namedAcls) {
            var found = namedAcls.find(name);
            if (found.isEmpty()) {
                LOG.warn("ACL '{}' does not exist. The ACL will be marked as undefined and will automatically fail "
                        + "if applied.", name);
                return new Entry(name, AccessList.EMPTY, true, false);
            }
            if (found.get().isEmpty()) {
                LOG.info("ACL '{}' contains no rules. It is valid, but it will accept addresses unconditionally.", name);
            }
            return new Entry(name, found.get(), false, false);
        }

        /** strings.h ast_skip_blanks: every character below 33 counts as blank. */
        private static String skipBlanks(String text) {
            int start = 0;
            while (start < text.length() && text.charAt(start) < 33) {
                start++;
            }
            return text.substring(start);
        }
    }
}
