package org.switchboard.pbx.dialplan;

import java.util.Objects;

/**
 * One priority of an extension (Asterisk's {@code struct ast_exten}): its number ({@link #HINT}
 * for a hint), optional label, application and data, and where it came from.
 *
 * <p>Each priority remembers the extension name it was added under: Asterisk merges names that
 * sort equal ({@code _X} and {@code _[0-9]}) into one extension, and the name shown is the first
 * priority's.
 *
 * @param number          the priority, or {@link #HINT}
 * @param label           the label, or null
 * @param app             the application (for a hint: the device list)
 * @param appData         the application data, unsubstituted ("" when none)
 * @param extensionName   the extension's display name (blanks removed, dashes kept)
 * @param matchName       the name used for matching and sorting (dashes removed, except in hints)
 * @param callerIdMatch   the caller id pattern used for matching, or null when there is none
 * @param callerIdDisplay the caller id pattern as written (dashes kept), or null
 * @param registrar       who added it ({@code pbx_config} for extensions.conf and AMI)
 * @param registrarFile   the file it was read from (no directory), or null
 * @param registrarLine   the line it was read from, or 0
 */
public record Priority(int number, String label, String app, String appData, String extensionName, String matchName,
                       String callerIdMatch, String callerIdDisplay, String registrar, String registrarFile,
                       int registrarLine) {

    /** PRIORITY_HINT. */
    public static final int HINT = -1;

    public Priority {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(appData, "appData");
        Objects.requireNonNull(extensionName, "extensionName");
        Objects.requireNonNull(matchName, "matchName");
        Objects.requireNonNull(registrar, "registrar");
    }

    /** True for the hint pseudo-priority. */
    public boolean isHint() {
        return number == HINT;
    }

    /** True when the extension only matches some caller ids ({@code exten => 100/555,...}). */
    public boolean matchesCallerId() {
        return callerIdMatch != null;
    }

    /** A copy without its label (Asterisk drops a label already used in the extension). */
    Priority withoutLabel() {
        return new Priority(number, null, app, appData, extensionName, matchName, callerIdMatch, callerIdDisplay,
                registrar, registrarFile, registrarLine);
    }
}
