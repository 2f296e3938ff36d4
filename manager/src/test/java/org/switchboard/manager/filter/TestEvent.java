package org.switchboard.manager.filter;

import org.switchboard.manager.event.FilterableEvent;

/** An event as filters see it: its name and its whole wire text. */
record TestEvent(String name, String text) implements FilterableEvent {

    /** The event whose text starts {@code Event: <name>\r\n}. */
    static TestEvent of(String text) {
        String first = text.substring(0, text.indexOf("\r\n"));
        if (!first.startsWith("Event: ")) {
            throw new IllegalArgumentException("not an event: " + first);
        }
        return new TestEvent(first.substring("Event: ".length()), text);
    }
}
