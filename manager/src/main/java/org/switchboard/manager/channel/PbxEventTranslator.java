package org.switchboard.manager.channel;

import java.util.HashMap;
import java.util.Map;

import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PbxEventBus;

/**
 * The bridge from the PBX's event bus to AMI: each PBX event kind has a renderer; kinds without
 * one produce no AMI event. Renderers are registered by the code that owns the events (channels,
 * bridges, CDR, ...), so new kinds never touch this class.
 */
public final class PbxEventTranslator {
    private final ManagerEvents out;
    private final Map<Class<?>, PbxEventRenderer<?>> renderers = new HashMap<>();

    public PbxEventTranslator(ManagerEvents out) {
        this.out = out;
    }

    public <E extends PbxEvent> PbxEventTranslator register(Class<E> kind, PbxEventRenderer<? super E> renderer) {
        renderers.put(kind, renderer);
        return this;
    }

    /** Subscribes to {@code bus}: every event published there is rendered as it happens. */
    public void attach(PbxEventBus bus) {
        bus.subscribe(this::translate);
    }

    @SuppressWarnings("unchecked")
    private void translate(PbxEvent event) {
        PbxEventRenderer<PbxEvent> r = (PbxEventRenderer<PbxEvent>) renderers.get(event.getClass());
        if (r != null) {
            r.render(event, out);
        }
    }
}
