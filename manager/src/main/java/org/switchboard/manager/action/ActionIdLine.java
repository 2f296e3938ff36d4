package org.switchboard.manager.action;

/**
 * Some Asterisk actions print {@code "ActionID: <id>\r\n"} into a fixed C buffer with snprintf, so
 * a very long ActionID is cut (and loses its line end). Reproduced where clients can see it.
 */
public final class ActionIdLine {
    private ActionIdLine() { }

    /** The text an {@code snprintf(buf, bufferSize, "ActionID: %s\r\n", id)} leaves; "" for no id. */
    public static String truncated(String actionId, int bufferSize) {
        if (actionId.isEmpty()) {
            return "";
        }
        String full = "ActionID: " + actionId + "\r\n";
        return full.length() < bufferSize ? full : full.substring(0, bufferSize - 1);
    }
}
