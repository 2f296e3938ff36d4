package org.switchboard.testkit.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which header values may differ between a capture and a live run, and what they must look like
 * instead (captures/README.md, "What varies from run to run"): times, uptimes, session ids, client
 * ports, challenges, the value of the {@code EPOCH} variable (Getvar {@code Value} after {@code
 * Variable: EPOCH}, Status {@code Variable: EPOCH=...}) and, in {@link #standard()}, Uniqueids.
 * Everything else must match byte for byte.
 *
 * <p>A rule applies only when the captured value itself has the rule's shape: an empty {@code
 * AnswerTime} (a call never answered) or {@code Uniqueid: <unknown>} must come back exactly.
 */
public final class FieldRules {
    private static final Pattern TV = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
    private static final Pattern UNIQUEID = Pattern.compile("\\d+\\.\\d+");
    /** CEL EventTime and Cdr Start/Answer/EndTime as cel.conf/cdr.conf format them by default. */
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

    /** One way a value may differ: when {@link #applies} to the captured value, {@link #accepts} decides. */
    interface ValueRule {
        /** What the value must be, for messages ("a time", "a Uniqueid"). */
        String description();

        boolean applies(String captured);

        boolean accepts(String captured, String actual);
    }

    private record Shape(String description, Pattern shape) implements ValueRule {
        @Override
        public boolean applies(String captured) {
            return shape.matcher(captured).matches();
        }

        @Override
        public boolean accepts(String captured, String actual) {
            return shape.matcher(actual).matches();
        }
    }

    /**
     * Whole seconds elapsed ({@code 12} or {@code 00:00:12}) that may be off by a little: the
     * capture's time offsets are the client's, to the millisecond, so a server-side duration that
     * Asterisk truncates to whole seconds (cdr.c cdr_object_get_duration, manager.c Status
     * "Seconds") can land on either side of a second boundary.
     */
    private record Elapsed(int maxDifference) implements ValueRule {
        private static final Pattern SECONDS = Pattern.compile("\\d{1,9}");
        private static final Pattern CLOCK = Pattern.compile("(\\d{2,}):(\\d\\d):(\\d\\d)");

        @Override
        public String description() {
            return "an elapsed time within " + maxDifference + "s of the captured one";
        }

        @Override
        public boolean applies(String captured) {
            return seconds(captured) >= 0;
        }

        @Override
        public boolean accepts(String captured, String actual) {
            boolean sameForm = SECONDS.matcher(captured).matches() == SECONDS.matcher(actual).matches();
            long a = seconds(actual);
            return sameForm && a >= 0 && Math.abs(a - seconds(captured)) <= maxDifference;
        }

        private static long seconds(String v) {
            if (SECONDS.matcher(v).matches()) {
                return Long.parseLong(v);
            }
            Matcher m = CLOCK.matcher(v);
            if (m.matches()) {
                return Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3));
            }
            return -1;
        }
    }

    private final Map<String, List<ValueRule>> byHeader = new HashMap<>();
    private final Map<String, Map<String, List<ValueRule>>> byPreviousLine = new HashMap<>();

    /** The rules for conversations without calls: Uniqueids are checked for their shape only. */
    public static FieldRules standard() {
        FieldRules r = common();
        for (String h : new String[] {"Uniqueid", "Linkedid", "UniqueID", "LinkedID", "DestUniqueid", "DestLinkedid"}) {
            r.vary(h, "a Uniqueid", UNIQUEID);
        }
        return r;
    }

    /**
     * The rules for conversations with calls, used with the identity mapping of {@link
     * StreamComparison}: Uniqueids, Local channel numbers and bridge ids are not shapes here but
     * identities, so they are absent. On top of {@link #standard()}'s times: CEL {@code EventTime},
     * Cdr {@code StartTime}/{@code AnswerTime}/{@code EndTime}, elapsed seconds ({@code Duration},
     * {@code BillableSeconds}, {@code Seconds}, within one second) and {@code MixMonitorID} (a
     * pointer, app_mixmonitor.c "%p").
     */
    public static FieldRules calls() {
        FieldRules r = common();
        for (String h : new String[] {"EventTime", "StartTime", "AnswerTime", "EndTime"}) {
            r.vary(h, "a date and time", DATE_TIME);
        }
        for (String h : new String[] {"Duration", "BillableSeconds", "Seconds"}) {
            r.varyElapsed(h, 1);
        }
        r.vary("MixMonitorID", "a MixMonitorID", Pattern.compile("0x[0-9a-f]+"));
        return r;
    }

    private static FieldRules common() {
        FieldRules r = new FieldRules();
        r.vary("Timestamp", "a timestamp", Pattern.compile("\\d+\\.\\d{6}"));
        r.vary("Uptime", "an uptime", Pattern.compile("\\d+"));
        r.vary("LastReload", "a reload time", Pattern.compile("\\d+"));
        r.vary("EventTV", "a time", TV);
        r.vary("SessionTV", "a time", TV);
        r.vary("SessionID", "a session id", Pattern.compile("0x[0-9a-f]+"));
        r.vary("LocalAddress", "an address", Pattern.compile("IPV[46]/(TCP|TLS)/[0-9a-f.:]+/\\d+"));
        r.vary("RemoteAddress", "an address", Pattern.compile("IPV[46]/(TCP|TLS)/[0-9a-f.:]+/\\d+"));
        r.vary("Challenge", "a challenge", Pattern.compile("\\d{1,9}"));
        // Getvar EPOCH answers "Variable: EPOCH" then "Value: <now>"; Status Variables: "EPOCH=<now>"
        r.varyAfter("Variable: EPOCH", "Value", "the current time in seconds", Pattern.compile("\\d+"));
        r.vary("Variable", "EPOCH=<the current time in seconds>", Pattern.compile("EPOCH=\\d+"));
        return r;
    }

    /** Declares that {@code header}'s value may differ but must match {@code shape}. */
    public FieldRules vary(String header, Pattern shape) {
        return vary(header, "a value like /" + shape.pattern() + "/", shape);
    }

    /** Same, with a name for the shape that failure messages use. */
    public FieldRules vary(String header, String description, Pattern shape) {
        byHeader.computeIfAbsent(header, h -> new ArrayList<>()).add(new Shape(description, shape));
        return this;
    }

    /** {@code header}'s value may differ only where the captured line before it is {@code previousLine}. */
    public FieldRules varyAfter(String previousLine, String header, String description, Pattern shape) {
        byPreviousLine.computeIfAbsent(previousLine, p -> new HashMap<>())
                .computeIfAbsent(header, h -> new ArrayList<>()).add(new Shape(description, shape));
        return this;
    }

    /** {@code header} holds whole seconds elapsed that may be off by up to {@code maxDifference}. */
    public FieldRules varyElapsed(String header, int maxDifference) {
        byHeader.computeIfAbsent(header, h -> new ArrayList<>()).add(new Elapsed(maxDifference));
        return this;
    }

    /** Does {@code actual} stand for {@code expected} under these rules? */
    public boolean lineMatches(String expected, String actual) {
        return lineMatches(null, expected, actual);
    }

    /** Same, where {@code previousExpected} is the captured line before {@code expected} (or null). */
    public boolean lineMatches(String previousExpected, String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        ValueRule rule = ruleFor(previousExpected, expected);
        if (rule == null) {
            return false;
        }
        int valueAt = valueStart(expected);
        return actual.length() >= valueAt && actual.regionMatches(0, expected, 0, valueAt)
                && rule.accepts(expected.substring(valueAt), actual.substring(valueAt));
    }

    /** The rule for this captured line, or null when it must match exactly (or through ids). */
    ValueRule ruleFor(String previousExpected, String expected) {
        int valueAt = valueStart(expected);
        if (valueAt < 0) {
            return null;
        }
        String header = expected.substring(0, valueAt - 2);
        String value = expected.substring(valueAt);
        if (previousExpected != null) {
            ValueRule r = first(byPreviousLine.getOrDefault(previousExpected, Map.of()).get(header), value);
            if (r != null) {
                return r;
            }
        }
        return first(byHeader.get(header), value);
    }

    private static ValueRule first(List<ValueRule> rules, String captured) {
        if (rules != null) {
            for (ValueRule r : rules) {
                if (r.applies(captured)) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Where the value starts ("Name: value"), or -1 for a line that is not a header. */
    static int valueStart(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || !line.startsWith(": ", colon)) {
            return -1;
        }
        return colon + 2;
    }
}
