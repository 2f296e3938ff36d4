package org.switchboard.pbx.dialplan;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.log.Verbose;

/**
 * What a reload keeps of the old dialplan (pbx.c {@code context_merge},
 * {@code context_merge_incls_swits_igps_other_registrars}): every priority, include, switch and
 * ignore pattern that another registrar (another module) added is copied into the new dialplan;
 * a context that only another registrar created survives even when empty. Items of the reloading
 * registrar are simply dropped with the old dialplan.
 */
final class ContextMerge {
    private static final Logger LOG = LoggerFactory.getLogger(ContextMerge.class);

    private ContextMerge() { }

    /** Copies other registrars' items of {@code previous} into {@code fresh} (walk order, new contexts in front). */
    static void mergeOtherRegistrars(Dialplan previous, List<ContextBuilder> fresh, String registrar) {
        for (DialplanContext old : previous.contexts()) {
            ContextBuilder target = find(fresh, old.name());
            boolean first = true;
            int inserted = 0;
            for (Extension e : old.extensions()) {
                for (Priority p : e.priorities()) {
                    if (p.registrar().equals(registrar)) {
                        continue;
                    }
                    if (target == null) {
                        target = new ContextBuilder(old.name(), p.registrar());
                        target.autohints = old.autohints();
                        fresh.add(0, target);
                    }
                    if (first) {
                        copyOthers(old, target, registrar);
                        first = false;
                    }
                    ContextBuilder.AddResult r = target.add(false, p.extensionName(), p.number(), p.label(),
                            p.callerIdMatch(), p.app(), p.appData(), p.registrar(), p.registrarFile(),
                            p.registrarLine(), LOG::warn, LOG::error);
                    if (r == ContextBuilder.AddResult.EXISTS) {
                        Verbose.log(LOG, 3, "Dropping old dialplan item " + old.name() + "/" + p.extensionName() + "/"
                                + p.number() + " [" + p.app() + "(" + p.appData() + ")] (registrar=" + p.registrar()
                                + ") due to conflict with new dialplan");
                    } else {
                        inserted++;
                    }
                }
            }
            if (old.extensions().isEmpty() && target != null) {
                copyOthers(old, target, registrar);
            }
            if (inserted == 0 && target == null && !old.registrar().equals(registrar)) {
                target = new ContextBuilder(old.name(), old.registrar());
                target.autohints = old.autohints();
                fresh.add(0, target);
                copyOthers(old, target, registrar);
            }
        }
    }

    private static ContextBuilder find(List<ContextBuilder> list, String name) {
        for (ContextBuilder b : list) {
            if (b.name.equals(name)) {
                return b;
            }
        }
        return null;
    }

    private static void copyOthers(DialplanContext old, ContextBuilder target, String registrar) {
        for (Include i : old.includes()) {
            if (!i.registrar().equals(registrar)) {
                target.addInclude(i);
            }
        }
        for (Switch s : old.switches()) {
            if (!s.registrar().equals(registrar)) {
                target.addSwitch(s);
            }
        }
        for (IgnorePattern p : old.ignorePatterns()) {
            if (!p.registrar().equals(registrar)) {
                target.addIgnorePattern(p);
            }
        }
    }
}
