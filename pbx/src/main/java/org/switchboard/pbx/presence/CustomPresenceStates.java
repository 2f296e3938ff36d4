package org.switchboard.pbx.presence;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.db.AstDbEntry;
import org.switchboard.pbx.db.AstDbFamilyCopy;

/**
 * {@code CustomPresence:} presences (funcs/func_presencestate.c): set with PRESENCE_STATE() or
 * {@code presencestate change}, stored as the text written ({@code state,subtype,message,options})
 * in AstDB family {@code CustomPresence}, and restored (published again) at start. With option
 * {@code e} the subtype and message are stored Base64-encoded and published decoded.
 *
 * <p>The provider answers from a copy of the family kept in memory (read at start, updated by every
 * write made here): the core thread never waits for the database. Limit: entries written straight
 * into AstDB are seen only after a restart. Core thread only.
 */
public final class CustomPresenceStates implements PresenceProvider {
    /** The provider label and device prefix. */
    public static final String LABEL = "CustomPresence";
    /** The AstDB family. */
    public static final String FAMILY = "CustomPresence";

    private static final String PREFIX = LABEL + ":";
    /** The decode buffers of presence_write (256 bytes with the terminator). */
    private static final int WRITE_DECODE_MAX = 255;
    /** The decode buffer of custom_presence_callback (1301 bytes with the terminator). */
    private static final int READ_DECODE_MAX = 1300;
    private static final Logger log = LoggerFactory.getLogger(CustomPresenceStates.class);

    private final PresenceStates states;
    private final AstDbFamilyCopy stored = new AstDbFamilyCopy(FAMILY);

    CustomPresenceStates(PresenceStates states) {
        this.states = states;
    }

    /**
     * The parts of a stored or written value (parse_data: {@code state,subtype,message,options};
     * missing parts are "").
     */
    public record Value(PresenceState state, String subtype, String message, String options) {
        /** Option {@code e}: subtype and message are Base64. */
        public boolean base64() {
            return options.indexOf('e') >= 0;
        }

        /**
         * parse_data: null when the state is missing or unknown, or the options are not {@code e}
         * (logged as Asterisk logs it).
         */
        public static Value parse(String text) {
            String[] parts = text.split(",", -1);
            if (parts[0].isEmpty()) {
                return null;
            }
            PresenceState state = PresenceState.parse(parts[0]);
            if (state == PresenceState.INVALID) {
                log.warn("Unknown presence state value {}", parts[0]);
                return null;
            }
            String subtype = parts.length > 1 ? parts[1] : "";
            String message = parts.length > 2 ? parts[2] : "";
            String options = parts.length > 3 ? parts[3] : "";
            if (!options.isEmpty() && options.indexOf('e') < 0) {
                log.info("Invalid options  '{}'", options);
                return null;
            }
            return new Value(state, subtype, message, options);
        }
    }

    /** custom_presence_callback: NOT_SET when unset, INVALID when the stored text does not parse. */
    @Override
    public Presence state(String name) {
        String text = stored.get(name);
        if (text == null) {
            return new Presence(PresenceState.NOT_SET, null, null);
        }
        Value v = Value.parse(text);
        if (v == null) {
            return Presence.INVALID;
        }
        if (v.base64()) {
            return new Presence(v.state(), v.subtype().isEmpty() ? null : decode(v.subtype(), READ_DECODE_MAX),
                    v.message().isEmpty() ? null : decode(v.message(), READ_DECODE_MAX));
        }
        return new Presence(v.state(), v.subtype().isEmpty() ? null : v.subtype(),
                v.message().isEmpty() ? null : v.message());
    }

    /**
     * PRESENCE_STATE(CustomPresence:name)=value (presence_write): refused, with Asterisk's log
     * line, unless the provider is {@code CustomPresence:} with a name and the value parses. The
     * presence is published under {@code provider} exactly as written.
     */
    public boolean write(String provider, String value) {
        if (!hasPrefix(provider)) {
            log.warn("The PRESENCE_STATE function can only set CustomPresence: presence providers.");
            return false;
        }
        String name = provider.substring(PREFIX.length());
        if (name.isEmpty()) {
            log.warn("PRESENCE_STATE function called with no custom device name!");
            return false;
        }
        Value v = Value.parse(value);
        if (v == null) {
            log.warn("Invalid arguments to PRESENCE_STATE");
            return false;
        }
        stored.put(name, value);
        if (v.base64()) {
            states.changed(v.state(), decode(v.subtype(), WRITE_DECODE_MAX), decode(v.message(), WRITE_DECODE_MAX),
                    provider);
        } else {
            states.changed(v.state(), v.subtype(), v.message(), provider);
        }
        return true;
    }

    /**
     * {@code presencestate change}: stores {@code text} and publishes the parsed parts as they
     * are (the CLI does not decode Base64).
     */
    public void change(String provider, String text, Value parsed) {
        stored.put(provider.substring(PREFIX.length()), text);
        states.changed(parsed.state(), parsed.subtype(), parsed.message(), provider);
    }

    /** load_module: keeps {@code db} and publishes every saved entry as {@code CustomPresence:<name>}. */
    public void restore(AstDb db, List<AstDbEntry> saved) {
        stored.fill(db, saved);
        for (AstDbEntry e : saved) {
            String name = AstDbFamilyCopy.lastKeyPart(e);
            Presence p = state(name);
            states.changed(p.state(), p.subtype(), p.message(), PREFIX + name);
        }
    }

    /** True when {@code provider} starts with {@code CustomPresence:}, ignoring case. */
    public static boolean hasPrefix(String provider) {
        return provider.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * utils.c ast_base64decode into a buffer of {@code max} bytes, read as a C string: stops at '='
     * or the end, characters outside the alphabet count as 'A', leftover bits are dropped, and the
     * text ends at the first NUL byte.
     */
    static String decode(String base64, int max) {
        StringBuilder out = new StringBuilder();
        int bits = 0;
        int acc = 0;
        for (int i = 0; i < base64.length() && out.length() < max; i++) {
            char c = base64.charAt(i);
            if (c == '=') {
                break;
            }
            acc = (acc << 6) | sextet(c);
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.append((char) ((acc >> bits) & 0xff));
            }
        }
        int nul = out.indexOf("\0");
        return nul < 0 ? out.toString() : out.substring(0, nul);
    }

    /** utils.c ast_base64encode of the bytes of {@code text} (PRESENCE_STATE read with option e). */
    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        return c == '/' ? 63 : 0;
    }
}
