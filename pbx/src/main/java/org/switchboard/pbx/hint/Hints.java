package org.switchboard.pbx.hint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.core.HashOrder;
import org.switchboard.pbx.devstate.DeviceState;
import org.switchboard.pbx.devstate.DeviceStateAggregate;
import org.switchboard.pbx.devstate.DeviceStateListener;
import org.switchboard.pbx.dialplan.Dialplan;
import org.switchboard.pbx.dialplan.DialplanContext;
import org.switchboard.pbx.dialplan.Extension;
import org.switchboard.pbx.dialplan.FindResult;
import org.switchboard.pbx.dialplan.HintExpander;
import org.switchboard.pbx.dialplan.Priority;
import org.switchboard.pbx.dialplan.pattern.MatchMode;
import org.switchboard.pbx.event.ExtensionStatusChanged;
import org.switchboard.pbx.event.HintPresenceChanged;
import org.switchboard.pbx.presence.Presence;
import org.switchboard.pbx.presence.PresenceListener;
import org.switchboard.pbx.presence.PresenceState;

/**
 * The extension state engine of pbx.c: the dialplan's hints, their extension and presence states,
 * and the reports the manager's general state callback turns into ExtensionStatus and
 * PresenceStatus (spec 02 §2.6, §3.6).
 *
 * <ul>
 *   <li>A hint that appears reports its initial state (ast_add_hint), except a pattern hint whose
 *       devices contain {@code ${}; a hint that goes away reports nothing.</li>
 *   <li>A device state publication re-evaluates every hint naming that device (ignoring case); a
 *       hint reports only when its extension state changed.</li>
 *   <li>A presence publication updates every hint naming that provider (ignoring case) with the
 *       published values; it reports when state, subtype or message differ.</li>
 *   <li>Asking for the state of an extension covered by a pattern hint adds a hint for that very
 *       extension to the dialplan (internal_extension_state_extended).</li>
 *   <li>A dialplan loaded from scratch (pbx_config load and reload) makes every hint new: each
 *       reports its state, with the Hint header the previous dialplan gives (Asterisk adds the new
 *       hints while the old dialplan is still live). A single edit adds, changes or removes only
 *       the hints it touched; a changed hint keeps its state and reports only a change.</li>
 *   <li>Contexts with {@code autohints} get a hint for each device published that has none.</li>
 * </ul>
 *
 * Listings come in the hints container's order (buckets of the extension name's hash). Core
 * thread only.
 */
public final class Hints implements DeviceStateListener, PresenceListener {
    private final Pbx pbx;
    private final HashOrder<Hint> table = new HashOrder<>();
    private final Map<Priority, Hint> byExten = new IdentityHashMap<>();
    /** pbx.c hintdevices: every device and presence provider of every hint, keyed ignoring case. */
    private final Map<String, List<Hint>> byDevice = new HashMap<>();

    public Hints(Pbx pbx) {
        this.pbx = pbx;
        pbx.deviceStates().addListener(this);
        pbx.presenceStates().addListener(this);
    }

    /** The hints in listing order (ExtensionStateList, core show hints). */
    public List<Hint> all() {
        return table.items();
    }

    // ---------------------------------------------------------------- queries

    /**
     * ast_extension_state: the state of exten@context from its hint (-1 when there is none),
     * computed now from the devices; a pattern hint is first made into a hint of its own.
     */
    public int extensionState(String context, String exten) {
        Priority hint = hintPriority(context, exten, true);
        return hint == null ? ExtensionStates.DEACTIVATED : stateOfDevices(hint.app());
    }

    /** ast_get_hint: the hint text for exten@context (patterns and includes followed), or null. */
    public String hintText(String context, String exten) {
        Priority p = pbx.dialplan().hint(context, exten, pbx.clock().now());
        return p == null ? null : p.app();
    }

    /** ast_get_hint's name: the hint priority's application data, or null when there is no hint. */
    public String hintName(String context, String exten) {
        Priority p = pbx.dialplan().hint(context, exten, pbx.clock().now());
        return p == null ? null : p.appData();
    }

    /**
     * ast_extension_state3: the devices before the last {@code ,}, split on {@code &}, their
     * states aggregated (devicestate.c) and mapped to an extension state.
     */
    public int stateOfDevices(String hint) {
        DeviceStateAggregate agg = new DeviceStateAggregate();
        for (String device : devicePart(hint).split("&", -1)) {
            agg.add(pbx.deviceStates().state(device));
        }
        return ExtensionStates.fromDevice(agg.result());
    }

    /**
     * extension_presence_state_helper: the presence of the providers after the last {@code ,} of
     * the hint, or null when it names none.
     */
    public Presence presenceOf(String hint) {
        int comma = hint.lastIndexOf(',');
        if (comma < 0 || comma == hint.length() - 1) {
            return null;
        }
        return pbx.presenceStates().state(hint.substring(comma + 1));
    }

    // ---------------------------------------------------------------- dialplan changes

    /**
     * The dialplan was edited (an extension added, replaced or removed): hints that appeared are
     * added, hints whose priority was replaced keep their state and are re-evaluated, hints that
     * went away are dropped. Call after the new dialplan is live.
     */
    public void dialplanEdited(Dialplan after) {
        Map<List<Object>, Located> appeared = new LinkedHashMap<>();
        Map<Priority, Boolean> present = new IdentityHashMap<>();
        for (Located l : hintsOf(after)) {
            present.put(l.priority, Boolean.TRUE);
            if (!byExten.containsKey(l.priority)) {
                appeared.putIfAbsent(key(l.context, l.priority), l);
            }
        }
        List<Hint> changed = new ArrayList<>();
        for (Hint h : table.items()) {
            if (present.containsKey(h.priority())) {
                continue;
            }
            Located replacement = appeared.remove(key(h.context(), h.priority()));
            if (replacement == null) {
                remove(h);
            } else {
                rebind(h, replacement.priority);
                changed.add(h);
            }
        }
        for (Located l : appeared.values()) {
            add(l.context, l.priority, after);
        }
        for (Hint h : changed) {
            deviceNotify(h);   // ast_change_hint publishes the hint change to the device state topic
        }
    }

    /**
     * A dialplan built from scratch replaces {@code before} (pbx_config load or reload,
     * ast_merge_contexts_and_delete): every hint of {@code after} is new and reports its state
     * while {@code before} is still live, then {@code makeLive} swaps the dialplans and the old
     * hints go.
     */
    public void dialplanReplaced(Dialplan before, Dialplan after, Runnable makeLive) {
        List<Hint> old = table.items();
        for (Located l : loadOrder(hintsOf(after))) {
            add(l.context, l.priority, before);
        }
        makeLive.run();
        for (Hint h : old) {
            remove(h);
        }
    }

    // ---------------------------------------------------------------- state changes

    /** device_state_cb: hints naming the device are re-evaluated; autohint contexts gain a hint. */
    @Override
    public void deviceStateChanged(String device, DeviceState state) {
        List<Hint> watching = byDevice.get(lower(device));
        if (watching != null) {
            for (Hint h : new ArrayList<>(watching)) {
                deviceNotify(h);
            }
        }
        autohint(device);
    }

    /** presence_state_cb: hints naming the provider take the published presence. */
    @Override
    public void presenceStateChanged(String provider, Presence presence) {
        List<Hint> watching = byDevice.get(lower(provider));
        if (watching == null) {
            return;
        }
        for (Hint h : new ArrayList<>(watching)) {
            presenceNotify(h, presence);
        }
    }

    // ---------------------------------------------------------------- internals

    /** The hint priority for exten@context, a pattern's made into the extension's own when asked. */
    private Priority hintPriority(String context, String exten, boolean instantiatePattern) {
        FindResult found = findHint(context, exten);
        if (!found.found()) {
            return null;
        }
        Priority p = found.priority();
        if (instantiatePattern && p.matchName().startsWith("_")) {
            Dialplan.Edit edit = pbx.dialplan().addExtension(found.foundContext(), false, exten, Priority.HINT,
                    p.label(), p.callerIdMatch(), p.app(), p.appData(), p.registrar(),
                    HintExpander.of(pbx.runtime()));
            if (edit.changed()) {
                pbx.dialplan(edit.dialplan());
            }
            found = findHint(context, exten);
            return found.found() ? found.priority() : null;
        }
        return p;
    }

    private FindResult findHint(String context, String exten) {
        return pbx.dialplan().find(context, exten, Priority.HINT, null, "", MatchMode.MATCH, pbx.clock().now());
    }

    /** ast_add_hint, with the Hint header looked up in {@code live}. */
    private void add(String context, Priority p, Dialplan live) {
        Hint h = new Hint(context, p);
        boolean dynamic = isDynamic(p);
        if (dynamic) {
            h.lastState = DeviceState.INVALID.ordinal();   // Asterisk stores a device state here
            h.lastPresence = PresenceState.INVALID;
        } else {
            h.lastState = stateOfDevices(p.app());
            Presence presence = presenceOf(p.app());
            if (presence != null && presence.state() != PresenceState.NOT_SET) {
                h.lastPresence = presence.state();
                h.lastSubtype = presence.subtype();
                h.lastMessage = presence.message();
            }
        }
        link(h);
        if (!dynamic) {
            Priority shown = live.hint(context, p.extensionName(), pbx.clock().now());
            pbx.publish(new ExtensionStatusChanged(p.extensionName(), context, shown == null ? "" : shown.app(),
                    h.lastState));
        }
    }

    private void remove(Hint h) {
        unlink(h);
        h.markRemoved();
    }

    private void rebind(Hint h, Priority p) {
        unlink(h);
        h.rebind(p);
        link(h);
    }

    private void link(Hint h) {
        table.add(h, HashOrder.caseHashBucket(h.exten()));
        byExten.put(h.priority(), h);
        // add_hintdevice: devices and presence providers, split on '&' and ','
        List<String> devices = new ArrayList<>();
        for (String d : h.app().split("[&,]")) {
            if (!d.isEmpty()) {
                devices.add(d);
                byDevice.computeIfAbsent(lower(d), k -> new ArrayList<>()).add(h);
            }
        }
        h.devices = devices;
    }

    private void unlink(Hint h) {
        table.remove(h);
        if (byExten.get(h.priority()) == h) {
            byExten.remove(h.priority());
        }
        for (String d : h.devices) {
            List<Hint> list = byDevice.get(lower(d));
            if (list != null) {
                list.remove(h);
                if (list.isEmpty()) {
                    byDevice.remove(lower(d));
                }
            }
        }
        h.devices = List.of();
    }

    /** device_state_notify_callbacks, as the manager's general callback sees it. */
    private void deviceNotify(Hint h) {
        if (h.removed()) {
            return;
        }
        int state = stateOfDevices(h.app());
        if (state == h.lastState) {
            return;
        }
        h.lastState = state;
        pbx.publish(new ExtensionStatusChanged(h.exten(), h.context(), shownHint(h), state));
    }

    /** presence_state_notify_callbacks. */
    private void presenceNotify(Hint h, Presence p) {
        if (h.removed()) {
            return;
        }
        if (h.lastPresence == p.state() && Objects.equals(h.lastSubtype, p.subtype())
                && Objects.equals(h.lastMessage, p.message())) {
            return;
        }
        h.lastPresence = p.state();
        h.lastSubtype = p.subtype();
        h.lastMessage = p.message();
        pbx.publish(new HintPresenceChanged(h.exten(), h.context(), shownHint(h), p.state(), p.subtypeText(),
                p.messageText()));
    }

    /** manager_state_cb's Hint header: ast_get_hint for the hint's exten@context, now. */
    private String shownHint(Hint h) {
        String text = hintText(h.context(), h.exten());
        return text == null ? "" : text;
    }

    /** device_state_cb's second stage: an autohint context without a hint for the device gets one. */
    private void autohint(String device) {
        int colon = device.indexOf(':');
        int slash = device.indexOf('/');
        int cut = colon >= 0 && (slash < 0 || colon < slash) ? colon : slash;
        if (cut < 0) {
            return;
        }
        String name = device.substring(cut + 1);
        for (DialplanContext c : pbx.dialplan().contexts()) {
            if (!c.autohints() || hintText(c.name(), name) != null) {
                continue;
            }
            Dialplan.Edit edit = pbx.dialplan().addExtension(c.name(), false, name, Priority.HINT, null, null, device,
                    device, c.registrar(), HintExpander.of(pbx.runtime()));
            if (edit.changed()) {
                pbx.dialplan(edit.dialplan());
            }
        }
    }

    private static boolean isDynamic(Priority p) {
        return p.app().contains("${") && p.matchName().startsWith("_");
    }

    private static String devicePart(String hint) {
        int comma = hint.lastIndexOf(',');
        return comma < 0 ? hint : hint.substring(0, comma);
    }

    private static List<Object> key(String context, Priority p) {
        return List.of(context, p.extensionName(), Objects.toString(p.callerIdMatch(), "\0"));
    }

    /** Every hint of {@code d}: contexts in walk order, extensions in context order. */
    private static List<Located> hintsOf(Dialplan d) {
        List<Located> out = new ArrayList<>();
        for (DialplanContext c : d.contexts()) {
            for (Extension e : c.extensions()) {
                Priority p = e.hint();
                if (p != null) {
                    out.add(new Located(c.name(), p));
                }
            }
        }
        return out;
    }

    /**
     * The order pbx_config adds hints in: contexts as created (the reverse of walk order), then the
     * lines of the file; hints added by others come last.
     */
    private static List<Located> loadOrder(List<Located> hints) {
        List<Located> out = new ArrayList<>(hints.size());
        for (int i = hints.size() - 1; i >= 0; i--) {
            out.add(hints.get(i));
        }
        // stable: contexts keep their creation order where lines tie
        out.sort(Comparator.comparingInt(l -> l.priority.registrarLine() > 0 ? l.priority.registrarLine()
                : Integer.MAX_VALUE));
        return out;
    }

    private static String lower(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) (c + 32));
            }
        }
        return b == null ? s : b.toString();
    }

    private record Located(String context, Priority priority) { }
}
