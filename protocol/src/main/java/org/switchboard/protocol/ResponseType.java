package org.switchboard.protocol;

/** The value of a reply's {@code Response:} header. No core action of Asterisk 22 sends Follows. */
public enum ResponseType {
    SUCCESS("Success"),
    ERROR("Error"),
    GOODBYE("Goodbye");

    private final String wire;

    ResponseType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
