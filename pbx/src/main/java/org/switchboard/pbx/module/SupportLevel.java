package org.switchboard.pbx.module;

/** A module's support level, as {@code module show} prints it (loader.c support_level_map). */
public enum SupportLevel {
    UNKNOWN("unknown"),
    CORE("core"),
    EXTENDED("extended"),
    DEPRECATED("deprecated");

    private final String text;

    SupportLevel(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
