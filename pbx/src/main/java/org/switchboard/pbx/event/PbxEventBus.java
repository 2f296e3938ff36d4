package org.switchboard.pbx.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each PBX event to every subscriber, synchronously, in subscription order, on the core
 * thread. A subscriber that fails is logged and the others still run.
 */
public final class PbxEventBus {
    private static final Logger log = LoggerFactory.getLogger(PbxEventBus.class);

    private final List<Consumer<PbxEvent>> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<PbxEvent> subscriber) {
        subscribers.add(subscriber);
    }

    public void publish(PbxEvent event) {
        for (Consumer<PbxEvent> s : subscribers) {
            try {
                s.accept(event);
            } catch (RuntimeException e) {
                log.error("PBX event subscriber failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }
}
