package org.switchboard.manager.filter;

/** What a matching filter does to an event (spec 01 §4.1). */
public enum FilterAction {
    /** The event may pass: with include filters present, only events that match one of them pass. */
    INCLUDE,
    /** The event is dropped. */
    EXCLUDE
}
