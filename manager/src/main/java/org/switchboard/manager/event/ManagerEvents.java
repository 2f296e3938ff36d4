package org.switchboard.manager.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.dialplan.clib.CTimeval;
import org.switchboard.pbx.time.Clock;

/**
 * Publishes AMI events. An event is rendered once, on the core thread, with the header Asterisk
 * gives every event (spec 01 §1.7: Event, Privilege, [Timestamp], [debug headers], [SystemName],
 * body), and handed to the dispatcher when the current core task ends — so a response written
 * during the task always precedes the events the task caused.
 */
public final class ManagerEvents {
    private static final Logger log = LoggerFactory.getLogger(ManagerEvents.class);

    private final CoreLoop core;
    private final EventDispatcher dispatcher;
    private final Clock clock;
    private final List<RenderedEvent> pending = new ArrayList<>();
    private final List<Consumer<RenderedEvent>> observers = new ArrayList<>();
    private final int[] privilegeCategories = new int[16];
    private final String[] privilegeTexts = new String[16];
    private int privilegeCount;
    private volatile EventRendering rendering = EventRendering.DEFAULTS;
    private int debugSequence;
    private volatile PrivilegeText lastPrepared;

    public ManagerEvents(CoreLoop core, EventDispatcher dispatcher, Clock clock) {
        this.core = core;
        this.dispatcher = dispatcher;
        this.clock = clock;
        core.addEndOfTaskHook(this::flush);
    }

    public void rendering(EventRendering value) {
        this.rendering = value;
    }

    public EventRendering rendering() {
        return rendering;
    }

    /** Sees every event after dispatch (core thread); for HTTP event queues and tests. */
    public void addObserver(Consumer<RenderedEvent> observer) {
        synchronized (observers) {
            observers.add(observer);
        }
    }

    /**
     * Publishes an event whose body is {@code body}: header lines each ending in CR LF, without
     * the closing blank line. Safe from any thread; an event named in disabledevents is dropped.
     */
    public void publish(String name, int category, String body) {
        publish(name, category, body, "manager.c", "manager_event");
    }

    /** As {@link #publish(String, int, String)}, naming the source shown by debug headers. */
    public void publish(String name, int category, String body, String sourceFile, String sourceFunction) {
        if (core.inCoreThread()) {
            render(name, category, body, sourceFile, sourceFunction);
        } else if (!core.execute(() -> render(name, category, body, sourceFile, sourceFunction))) {
            log.warn("PBX core queue is full: dropped event {}", name);
        }
    }

    /**
     * Renders an event on the calling thread, to be published later on the core with
     * {@link #publish(RenderedEvent)}: an action that only needs the core to order its output
     * does its rendering before. Null when the event is disabled or the settings number events
     * (manager.conf debug), which only the core can do in order; publish the body then.
     */
    public RenderedEvent prepare(String name, int category, String body) {
        EventRendering r = rendering;
        if (r.disabled(name) || r.debug()) {
            return null;
        }
        return new RenderedEvent(name, category, text(r, name, privilegeAnyThread(category), body, ""));
    }

    /** Core thread: publishes an event {@link #prepare}d before, unless it was disabled since. */
    public void publish(RenderedEvent event) {
        assert core.inCoreThread();
        if (!rendering.disabled(event.name())) {
            pending.add(event);
        }
    }

    private void render(String name, int category, String body, String sourceFile, String sourceFunction) {
        EventRendering r = rendering;
        if (r.disabled(name)) {
            return;
        }
        String debug = "";
        if (r.debug()) {
            debug = "SequenceNumber: " + debugSequence++ + "\r\nFile: " + sourceFile + "\r\nLine: 0\r\nFunc: "
                    + sourceFunction + "\r\n";
        }
        pending.add(new RenderedEvent(name, category, text(r, name, privilege(category), body, debug)));
    }

    private String text(EventRendering r, String name, String privilege, String body, String debug) {
        String timestamp = "";
        if (r.timestampEvents()) {
            Instant now = clock.now();
            timestamp = "Timestamp: " + CTimeval.secondsMicros(now) + "\r\n";
        }
        String systemName = r.systemName().isEmpty() ? "" : "SystemName: " + r.systemName() + "\r\n";
        // one concatenation: the text is allocated once, at its exact size
        return "Event: " + name + "\r\nPrivilege: " + privilege + "\r\n" + timestamp + debug
                + systemName + body + "\r\n";
    }

    /** The Privilege text off the core: the last one asked for is kept, as one immutable pair. */
    private String privilegeAnyThread(int category) {
        PrivilegeText last = lastPrepared;
        if (last == null || last.category() != category) {
            last = new PrivilegeText(category, Permissions.toPrivilegeString(category));
            lastPrepared = last;
        }
        return last.text();
    }

    private record PrivilegeText(int category, String text) { }

    /**
     * The Privilege header's value. Events come in a handful of classes, so the texts are kept in
     * a short list searched in order (core thread; no boxing, unlike a map keyed by the class).
     */
    private String privilege(int category) {
        for (int i = 0; i < privilegeCount; i++) {
            if (privilegeCategories[i] == category) {
                return privilegeTexts[i];
            }
        }
        String text = Permissions.toPrivilegeString(category);
        if (privilegeCount < privilegeCategories.length) {
            privilegeCategories[privilegeCount] = category;
            privilegeTexts[privilegeCount++] = text;
        }
        return text;
    }

    /** End-of-task hook: dispatch what the task published, in order. */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        for (int i = 0; i < pending.size(); i++) {
            RenderedEvent e = pending.get(i);
            dispatcher.dispatch(e);
            if (!observers.isEmpty()) {
                synchronized (observers) {
                    for (Consumer<RenderedEvent> o : observers) {
                        o.accept(e);
                    }
                }
            }
        }
        pending.clear();
    }
}
