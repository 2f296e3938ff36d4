package org.switchboard.manager.event;

/**
 * What event filters look at (spec 01 §4): the event name, and the whole event text exactly as it
 * goes on the wire, from {@code Event:} through the final blank line, CR LF line ends included.
 */
public interface FilterableEvent {
    /** The value of the {@code Event:} header, e.g. {@code Newchannel}. */
    String name();

    /** The whole rendered event, e.g. {@code "Event: Newchannel\r\nPrivilege: call,all\r\n...\r\n\r\n"}. */
    String text();
}
