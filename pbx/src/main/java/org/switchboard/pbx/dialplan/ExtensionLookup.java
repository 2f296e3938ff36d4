package org.switchboard.pbx.dialplan;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.pattern.ExtensionMatcher;
import org.switchboard.pbx.dialplan.pattern.MatchMode;

/**
 * One search through a dialplan: pbx.c {@code pbx_find_extension} with the default matcher. The
 * extensions of a context are tried in order; an extension that matches but lacks the priority
 * (or label) does not stop the search; then the switches (not executed here), then the valid
 * includes, depth first, each context visited once (names compared ignoring case), at most 512
 * deep.
 */
final class ExtensionLookup {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionLookup.class);
    /** AST_PBX_MAX_STACK. */
    static final int MAX_STACK = 512;

    private final Dialplan dialplan;
    private final String exten;
    private final int priority;
    private final String label;
    private final String callerId;
    private final MatchMode mode;
    private final Instant now;
    private final ZoneId zone;
    private final List<String> stack = new ArrayList<>();
    private FindResult.Status status = FindResult.Status.NO_CONTEXT;
    private Extension foundExtension;
    private String foundContext;

    ExtensionLookup(Dialplan dialplan, String exten, int priority, String label, String callerId, MatchMode mode,
                    Instant now, ZoneId zone) {
        this.dialplan = dialplan;
        this.exten = exten == null ? "" : exten;
        this.priority = priority;
        this.label = label;
        this.callerId = callerId;
        this.mode = mode;
        this.now = now;
        this.zone = zone;
    }

    FindResult run(String context) {
        Priority p = find(context);
        return new FindResult(status, p, p == null ? null : foundExtension, p == null ? null : foundContext);
    }

    private Priority find(String context) {
        if (stack.size() >= MAX_STACK) {
            LOG.warn("Maximum PBX stack ({}) exceeded. Too many includes?", MAX_STACK);
            return null;
        }
        for (String visited : stack) {
            if (CStrings.equalsIgnoreAsciiCase(visited, context)) {
                return null;
            }
        }
        DialplanContext tmp = dialplan.context(context);
        if (tmp == null) {
            return null;
        }
        raise(FindResult.Status.NO_EXTENSION);
        Priority p = searchExtensions(tmp);
        if (p != null || earlyMatchStop) {
            earlyMatchStop = false;
            return p;
        }
        for (Switch sw : tmp.switches()) {
            dialplan.warnUnknownSwitch(sw.name());
        }
        stack.add(tmp.name());
        for (Include inc : tmp.includes()) {
            if (inc.isValid(now, zone)) {
                Priority e = find(inc.context());
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Set when a MATCHMORE search met a {@code !} pattern: the answer for this context is final. */
    private boolean earlyMatchStop;

    private Priority searchExtensions(DialplanContext ctx) {
        List<Extension> all = ctx.extensions();
        if (mode == MatchMode.MATCH) {
            for (int i : ctx.literalCandidates(exten)) {
                Priority p = tryExtension(ctx, all.get(i));
                if (p != null || earlyMatchStop) {
                    return p;
                }
            }
            for (int i = ctx.firstPattern(); i < all.size(); i++) {
                Priority p = tryExtension(ctx, all.get(i));
                if (p != null || earlyMatchStop) {
                    return p;
                }
            }
            return null;
        }
        for (Extension e : all) {
            Priority p = tryExtension(ctx, e);
            if (p != null || earlyMatchStop) {
                return p;
            }
        }
        return null;
    }

    private Priority tryExtension(DialplanContext ctx, Extension eroot) {
        int match = ExtensionMatcher.match(eroot.matchName(), exten, mode);
        if (match == ExtensionMatcher.NO_MATCH) {
            return null;
        }
        if (eroot.callerIdMatch() != null && !callerIdMatches(eroot.callerIdMatch())) {
            return null;
        }
        if (match == ExtensionMatcher.EARLY_MATCH && mode == MatchMode.MATCHMORE) {
            earlyMatchStop = true;
            return null;
        }
        raise(FindResult.Status.NO_PRIORITY);
        Priority e;
        if (label != null) {
            raise(FindResult.Status.NO_LABEL);
            e = eroot.label(label);
        } else {
            e = eroot.priority(priority);
        }
        if (e != null) {
            status = FindResult.Status.SUCCESS;
            foundExtension = eroot;
            foundContext = ctx.name();
        }
        return e;
    }

    /** matchcid: an empty caller id only matches an empty pattern. */
    private boolean callerIdMatches(String pattern) {
        if (CStrings.isEmpty(callerId)) {
            return pattern.isEmpty();
        }
        return ExtensionMatcher.matches(pattern, callerId);
    }

    private void raise(FindResult.Status s) {
        if (status.compareTo(s) < 0) {
            status = s;
        }
    }
}
