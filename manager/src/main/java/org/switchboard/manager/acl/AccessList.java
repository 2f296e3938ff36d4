package org.switchboard.manager.acl;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One ordered list of {@link AclRule}s (acl.c's {@code ast_ha} chain): the rules of one named
 * ACL, or a user's unnamed base list. Immutable; {@link #append} returns a new list.
 *
 * <p>Evaluation starts at ALLOW, tests every rule, and the last rule that applies decides
 * (spec 01 §6; acl.c ast_apply_ha). An empty list allows everything.
 */
public final class AccessList {
    /** The list with no rules: allows every address. */
    public static final AccessList EMPTY = new AccessList(List.of());

    private final List<AclRule> rules;

    private AccessList(List<AclRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A list made of the rules of one {@code permit=}/{@code deny=} line. */
    public static AccessList parse(String key, String value) throws AclFormatException {
        return EMPTY.append(key, value);
    }

    /**
     * This list followed by the rules of one more line. {@code key} gives the sense: ALLOW when it
     * begins with 'p' (any case), DENY otherwise; a leading {@code !} on an item inverts it.
     *
     * @throws AclFormatException on the first item Asterisk refuses (its WARNING is logged)
     */
    public AccessList append(String key, String value) throws AclFormatException {
        return plus(AclRuleParser.parse(key, value));
    }

    AccessList plus(List<AclRule> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<AclRule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new AccessList(all);
    }

    public List<AclRule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The decision for {@code client}: the sense of the last rule that applies, else ALLOW. */
    public AclSense apply(InetAddress client) {
        AclSense decision = AclSense.ALLOW;
        for (AclRule rule : rules) {
            if (rule.appliesTo(client)) {
                decision = rule.sense();
            }
        }
        return decision;
    }

    public boolean permits(InetAddress client) {
        return apply(client) == AclSense.ALLOW;
    }

    /** One {@link AclRule#dumpRow} per rule, numbered from 0 (acl.c ast_ha_output). */
    public List<String> dumpRows() {
        List<String> rows = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            rows.add(rules.get(i).dumpRow(i));
        }
        return rows;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessList list && list.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return rules.toString();
    }
}
