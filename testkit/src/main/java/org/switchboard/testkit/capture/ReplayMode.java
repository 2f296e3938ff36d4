package org.switchboard.testkit.capture;

import java.util.Locale;

/** How a replay compares what the server sends with the capture. */
public enum ReplayMode {
    /** {@link #STREAMS} for a capture with calls (a Local channel, a Uniqueid, a CEL or Cdr record), else {@link #STRICT}. */
    AUTO,
    /**
     * Every block of a connection in the captured order; only times, session ids, ports,
     * challenges and Uniqueids may differ, in shape ({@link FieldRules#standard()}).
     */
    STRICT,
    /**
     * Calls: identifiers mapped one to one, blocks compared per stream, the racy parts of Asterisk
     * tolerated as {@link StreamComparison} describes ({@link FieldRules#calls()}).
     */
    STREAMS;

    /** The mode AUTO stands for with this capture; other modes are returned as they are. */
    public ReplayMode resolve(Capture capture) {
        if (this != AUTO) {
            return this;
        }
        for (Capture.Step step : capture.steps()) {
            if (step instanceof Capture.Expect e && hasCalls(e.data())) {
                return STREAMS;
            }
        }
        return STRICT;
    }

    /** A Local channel name, a header ending in "uniqueid" holding a real Uniqueid, or a CEL/Cdr record. */
    private static boolean hasCalls(String serverData) {
        if (IdKind.LOCAL_SEQUENCE.token().matcher(serverData).find()) {
            return true;
        }
        for (String line : serverData.split("\r\n")) {
            int at = FieldRules.valueStart(line);
            if (at > 0 && line.substring(0, at - 2).toLowerCase(Locale.ROOT).endsWith("uniqueid")
                    && IdKind.UNIQUEID.token().matcher(line.substring(at)).matches()) {
                return true;
            }
            if (line.equals("Event: CEL") || line.equals("Event: Cdr")) {
                return true;
            }
        }
        return false;
    }
}
