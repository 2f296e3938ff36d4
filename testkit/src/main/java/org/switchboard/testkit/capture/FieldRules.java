package org.switchboard.testkit.capture;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which header values may differ between a capture and a live run, and what shape they must
 * have instead (captures/README.md, "What varies from run to run"): times, uptimes, session ids,
 * client ports, challenges, Uniqueids. Everything else must match byte for byte.
 */
public final class FieldRules {
    private static final Pattern TV = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
    private static final Pattern UNIQUEID = Pattern.compile("\\d+\\.\\d+");

    private final Map<String, Pattern> rules = new HashMap<>();

    public static FieldRules standard() {
        FieldRules r = new FieldRules();
        r.vary("Timestamp", Pattern.compile("\\d+\\.\\d{6}"));
        r.vary("Uptime", Pattern.compile("\\d+"));
        r.vary("LastReload", Pattern.compile("\\d+"));
        r.vary("EventTV", TV);
        r.vary("SessionTV", TV);
        r.vary("SessionID", Pattern.compile("0x[0-9a-f]+"));
        r.vary("LocalAddress", Pattern.compile("IPV[46]/(TCP|TLS)/[0-9a-f.:]+/\\d+"));
        r.vary("RemoteAddress", Pattern.compile("IPV[46]/(TCP|TLS)/[0-9a-f.:]+/\\d+"));
        r.vary("Challenge", Pattern.compile("\\d{1,9}"));
        for (String h : new String[] {"Uniqueid", "Linkedid", "UniqueID", "LinkedID", "DestUniqueid", "DestLinkedid"}) {
            r.vary(h, UNIQUEID);
        }
        return r;
    }

    /** Declares that {@code header}'s value may differ but must match {@code shape}. */
    public FieldRules vary(String header, Pattern shape) {
        rules.put(header, shape);
        return this;
    }

    /** Null when the line must match exactly; otherwise the shape its value must have. */
    public Pattern shapeFor(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || !line.startsWith(": ", colon)) {
            return null;
        }
        return rules.get(line.substring(0, colon));
    }

    /** Does {@code actual} stand for {@code expected} under these rules? */
    public boolean lineMatches(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        Pattern shape = shapeFor(expected);
        if (shape == null) {
            return false;
        }
        int colon = expected.indexOf(':');
        String prefix = expected.substring(0, colon + 2);
        return actual.startsWith(prefix) && shape.matcher(actual.substring(prefix.length())).matches();
    }
}
