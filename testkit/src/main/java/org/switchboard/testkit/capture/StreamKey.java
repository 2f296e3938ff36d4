package org.switchboard.testkit.capture;

import java.util.List;
import java.util.Locale;

/**
 * Which stream of a connection a captured block belongs to: within a stream the order is Asterisk's
 * own and must be kept; across streams it is a race (captures/README.md, "What varies from run to
 * run"). See {@link StreamComparison} for why each kind keeps its order.
 */
record StreamKey(Kind kind, String value) {
    enum Kind {
        /** The banner, responses and list items (up to their Complete event), in request order. */
        REPLIES("replies and list items"),
        /** An event that answers an action later, outside a list (OriginateResponse). */
        ACTION("events for ActionID"),
        /** CEL records of one channel (CEL UniqueID). */
        CEL("CEL records of"),
        /** The CEL LINKEDID_END record of one linkedid (either half of a pair may send it). */
        LINKEDID_END("CEL LINKEDID_END of linkedid"),
        /** Cdr records of one channel. */
        CDR("Cdr records of"),
        /** DeviceStateChange of one device. */
        DEVICE("DeviceStateChange of"),
        /** Events published on one channel's or bridge's topic, keyed by its first identifier. */
        ENTITY("events of"),
        /** Everything else (FullyBooted, UserEvent without channel, security events, ...), in order. */
        MISC("other events");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** For messages: "events of 1795347864.4913" and so on. */
    String describe() {
        return value == null ? kind.label : kind.label + " " + value;
    }

    /** A block's header lines, looked up by name. */
    record Headers(List<String> lines) {
        /** The value of the first header with exactly this name, or null. */
        String first(String name) {
            for (String line : lines) {
                int at = FieldRules.valueStart(line);
                if (at > 0 && line.length() > name.length() && line.startsWith(name) && at == name.length() + 2) {
                    return line.substring(at);
                }
            }
            return null;
        }

        /** The value of the first header whose name ends with {@code suffix} (any case), or null. */
        String firstEndingWith(String suffix) {
            String s = suffix.toLowerCase(Locale.ROOT);
            for (String line : lines) {
                int at = FieldRules.valueStart(line);
                if (at > 0 && line.substring(0, at - 2).toLowerCase(Locale.ROOT).endsWith(s)) {
                    return line.substring(at);
                }
            }
            return null;
        }
    }
}
