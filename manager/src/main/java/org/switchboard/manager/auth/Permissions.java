package org.switchboard.manager.auth;

import org.switchboard.config.AstBool;

/**
 * Asterisk's permission string rules (spec 01 §3; manager.c get_perm, ast_instring,
 * strings_to_mask, authority_to_str, user_authority_to_str). The odd parsing is deliberate: it is
 * what real manager.conf files are read with.
 */
public final class Permissions {
    /** What the shutdown pseudo-event's category is; such events carry "<none>". */
    public static final int SHUTDOWN = -1;

    private static final PermissionClass[] TABLE = PermissionClass.values();

    private Permissions() { }

    /**
     * A {@code read=} / {@code write=} value: the OR of every class name the value "contains" by
     * Asterisk's rule — the last comma segment must equal a name, an earlier segment matches every
     * name it is a prefix of, an empty earlier segment matches every name, nothing is trimmed and
     * case counts.
     */
    public static int parse(String value) {
        if (value == null) {
            return 0;
        }
        int mask = 0;
        for (PermissionClass c : TABLE) {
            if (inString(value, c.label())) {
                mask |= c.mask();
            }
        }
        return mask;
    }

    // manager.c ast_instring: the per-segment test described above
    private static boolean inString(String big, String small) {
        int start = 0;
        while (true) {
            int comma = big.indexOf(',', start);
            if (comma < 0) {
                return big.substring(start).equals(small);
            }
            int segmentLength = comma - start;
            if (small.regionMatches(0, big, start, Math.min(segmentLength, small.length()))
                    && (segmentLength <= small.length())) {
                return true;
            }
            start = comma + 1;
            if (start >= big.length()) {
                return false;
            }
        }
    }

    /**
     * An event mask as given to Login {@code Events:} or the Events action {@code EventMask:}
     * (spec 01 §3.3): -1 for empty (invalid, leave unchanged), digits as a number, false words 0,
     * true words all bits, otherwise {@link #parse}.
     */
    public static int eventMask(String value) {
        if (value == null || value.isEmpty()) {
            return -1;
        }
        boolean digits = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
        }
        if (digits) {
            return atoiDigits(value);
        }
        if (AstBool.isFalse(value)) {
            return 0;
        }
        if (AstBool.isTrue(value)) {
            return PermissionClass.ALL.mask();
        }
        return parse(value);
    }

    /**
     * glibc atoi on an all-digit string: strtol's long, cut to its low 32 bits; beyond the long
     * range strtol gives LONG_MAX, whose low 32 bits read -1 (an invalid mask).
     */
    private static int atoiDigits(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                return (int) Long.MAX_VALUE;
            }
            v = v * 10 + d;
        }
        return (int) v;
    }

    /**
     * The {@code Privilege:} rendering: every class whose bits intersect, in table order, so any
     * non-zero category ends with {@code all}; {@code <none>} for 0 and for the shutdown category.
     */
    public static String toPrivilegeString(int authority) {
        StringBuilder b = new StringBuilder(32);
        if (authority != SHUTDOWN) {
            for (PermissionClass c : TABLE) {
                if (c != PermissionClass.NONE && (authority & c.mask()) != 0) {
                    if (b.length() > 0) {
                        b.append(',');
                    }
                    b.append(c.label());
                }
            }
        }
        return b.length() == 0 ? "<none>" : b.toString();
    }

    /**
     * The rendering for user listings ({@code manager show user}): only classes whose bits are
     * all set, so {@code all} appears only for a full mask; {@code <none>} when nothing.
     */
    public static String toUserString(int authority) {
        StringBuilder b = new StringBuilder(32);
        for (PermissionClass c : TABLE) {
            if (c != PermissionClass.NONE && (authority & c.mask()) == c.mask()) {
                if (b.length() > 0) {
                    b.append(',');
                }
                b.append(c.label());
            }
        }
        return b.length() == 0 ? "<none>" : b.toString();
    }

    /** spec 01 §3.4: an action may run when it needs nothing or the write mask shares a bit. */
    public static boolean mayRun(int writePerm, int required) {
        return required == 0 || (writePerm & required) != 0;
    }

    /** spec 01 §2.5: an event reaches a session only if every bit of its category is allowed. */
    public static boolean covers(int perm, int category) {
        return (perm & category) == category;
    }
}
