package org.switchboard.protocol;

/** The end of an action's event list (manager.c astman_send_list_complete_start + _end). */
public final class AmiLists {
    private AmiLists() { }

    /** {@code Event}, {@code ActionID} when there is one, {@code EventList: Complete}, {@code ListItems}. */
    public static String complete(String event, String actionId, int count) {
        return start(event, actionId, count).build();
    }

    /** The same block left open, for completions that add headers (StatusComplete's Items). */
    public static AmiBlockBuilder start(String event, String actionId, int count) {
        return new AmiBlockBuilder()
                .header("Event", event)
                .headerIfNotEmpty("ActionID", actionId)
                .header("EventList", "Complete")
                .header("ListItems", count);
    }
}
