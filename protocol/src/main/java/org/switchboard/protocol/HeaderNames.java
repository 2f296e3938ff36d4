package org.switchboard.protocol;

/** Header names used by the core protocol, spelled as Asterisk writes them. */
public final class HeaderNames {
    private HeaderNames() { }

    public static final String ACTION = "Action";
    public static final String ACTION_ID = "ActionID";
    public static final String RESPONSE = "Response";
    public static final String MESSAGE = "Message";
    public static final String EVENT = "Event";
    public static final String PRIVILEGE = "Privilege";
    public static final String EVENT_LIST = "EventList";
    public static final String LIST_ITEMS = "ListItems";
    public static final String TIMESTAMP = "Timestamp";
    public static final String SYSTEM_NAME = "SystemName";
    public static final String USERNAME = "Username";
    public static final String SECRET = "Secret";
    public static final String AUTH_TYPE = "AuthType";
    public static final String KEY = "Key";
    public static final String EVENTS = "Events";
    public static final String EVENT_MASK = "EventMask";
    public static final String CHALLENGE = "Challenge";
    public static final String SUPPRESS_EVENTS = "SuppressEvents";
    public static final String VARIABLE = "Variable";
}
