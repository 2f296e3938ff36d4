package org.switchboard.protocol;

/**
 * Asterisk's fixed error texts for the core protocol, exactly (spec 01 §1.6). One place, so a
 * wrong character is fixed once.
 */
public enum AmiError {
    /** spec 01 §1.4 step 1 */
    MISSING_ACTION("Missing action in request"),
    /** spec 01 §1.4 steps 4 and 6, §3.4 */
    PERMISSION_DENIED("Permission denied"),
    /** spec 01 §1.2 */
    LINE_TOO_LONG("Failed to parse message: line too long"),
    /** spec 01 §1.2 */
    TOO_MANY_LINES("Too many lines in message or allocation failure"),
    /** spec 01 §1.4 step 3 */
    SHUTTING_DOWN("Asterisk is shutting down"),
    /** spec 01 §1.4 step 5 */
    LOGIN_IN_USE("Login Already In Use"),
    /** spec 01 §2.3 step 7 */
    AUTH_FAILED("Authentication failed"),
    /** spec 01 §2.3 (Challenge) */
    MUST_SPECIFY_AUTHTYPE("Must specify AuthType"),
    /** spec 01 §9.1 (Events) */
    INVALID_EVENT_MASK("Invalid event mask"),
    /**
     * Switchboard's own: an action whose work failed past its checks (a full core or file-thread
     * queue, a bug), where Asterisk has no such case; the client gets an answer, never silence.
     */
    INTERNAL_ERROR("Internal error");

    private final String text;

    AmiError(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** spec 01 §1.4 step 6: the action name is echoed exactly as sent. */
    /** manager.c process_message formats this into a 512-byte buffer: a long name cuts it short. */
    public static String unknownAction(String action) {
        String full = "Invalid/unknown command: " + action + ". Use Action: ListCommands to show available commands.";
        return full.length() < UNKNOWN_ACTION_BUFFER ? full : full.substring(0, UNKNOWN_ACTION_BUFFER - 1);
    }

    private static final int UNKNOWN_ACTION_BUFFER = 512;
}
