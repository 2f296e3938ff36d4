package org.switchboard.pbx.pjsip;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.switchboard.config.AstBool;

/**
 * What the simulated phone behind an endpoint does (docs/endpoints.md): how it answers calls, what
 * it does once a call is up, and how it registers. Times are seconds (decimals allowed).
 *
 * @param mode         how the phone takes a call
 * @param delay        time between the INVITE and the phone's final answer (answer, busy, reject)
 * @param ringing      whether the phone sends 180 Ringing as soon as it is called
 * @param rejectCode   the SIP status of {@link Mode#REJECT}
 * @param hangupAfter  the phone hangs up this long after a call is answered; zero: never
 * @param dtmf         digits the phone sends once a call is answered
 * @param contact      the URI the phone registers; "" for {@code sip:<endpoint>@127.0.0.1:5060}
 * @param from         the From identity of calls the phone places; "" for {@code <endpoint>}
 * @param domain       the host of the Request-URI of calls the phone places (SIPDOMAIN)
 */
public record PhoneBehaviour(Mode mode, Duration delay, boolean ringing, int rejectCode, Duration hangupAfter,
                             String dtmf, Duration dtmfDelay, Duration dtmfDuration, Duration dtmfGap,
                             String contact, String userAgent, String from, String domain) {

    /** How a phone takes a call. */
    public enum Mode {
        /** Rings, then answers after {@code delay}. */
        ANSWER,
        /** Answers 486 Busy Here after {@code delay}. */
        BUSY,
        /** Answers {@code reject_code} after {@code delay}. */
        REJECT,
        /** Rings until the caller gives up. */
        NOANSWER,
        /** Never answers the INVITE: Asterisk gives up after 32 s (408). */
        NORESPONSE,
        /** Switched off: not registered, and no answer to an INVITE sent to a permanent contact. */
        OFFLINE;

        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The setting names, in the order listings show them. */
    public static final List<String> KEYS = List.of("mode", "delay", "ringing", "reject_code", "hangup_after",
            "dtmf", "dtmf_delay", "dtmf_duration", "dtmf_gap", "contact", "user_agent", "from", "domain");

    /** The built-in value of every setting. */
    public static Map<String, String> builtInDefaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("mode", "answer");
        d.put("delay", "2");
        d.put("ringing", "yes");
        d.put("reject_code", "603");
        d.put("hangup_after", "0");
        d.put("dtmf", "");
        d.put("dtmf_delay", "1");
        d.put("dtmf_duration", "0.1");
        d.put("dtmf_gap", "0.25");
        d.put("contact", "");
        d.put("user_agent", "Switchboard SimPhone");
        d.put("from", "");
        d.put("domain", "127.0.0.1");
        return d;
    }

    /**
     * The setting a name stands for: a {@link #KEYS} entry written in any case, with or without
     * underscores ({@code RejectCode}, {@code reject_code}); empty when there is none.
     */
    public static Optional<String> key(String name) {
        String wanted = name.replace("_", "").toLowerCase(Locale.ROOT);
        for (String k : KEYS) {
            if (k.replace("_", "").equals(wanted)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Why {@code value} is not valid for {@code key} (a {@link #KEYS} entry); empty when it is. */
    public static Optional<String> problem(String key, String value) {
        String v = value.strip();
        switch (key) {
            case "mode":
                return mode(v).isPresent() ? Optional.empty()
                        : Optional.of("mode must be answer, busy, reject, noanswer, noresponse or offline");
            case "ringing":
                return AstBool.isTrue(v) || AstBool.isFalse(v) ? Optional.empty()
                        : Optional.of("ringing must be yes or no");
            case "reject_code":
                return sipStatus(v) > 0 ? Optional.empty()
                        : Optional.of("reject_code must be a SIP status from 400 to 699");
            case "delay": case "hangup_after": case "dtmf_delay": case "dtmf_duration": case "dtmf_gap":
                return seconds(v) != null ? Optional.empty()
                        : Optional.of(key + " must be a number of seconds (0 or more)");
            case "dtmf":
                return v.chars().allMatch(ch -> "0123456789*#ABCDabcd".indexOf(ch) >= 0) ? Optional.empty()
                        : Optional.of("dtmf may hold only 0-9, *, # and A-D");
            default:
                return Optional.empty();
        }
    }

    /** Builds the behaviour of {@code settings} (every key present and valid). */
    public static PhoneBehaviour of(Map<String, String> settings) {
        return new PhoneBehaviour(mode(settings.get("mode").strip()).orElseThrow(), seconds(settings.get("delay")),
                AstBool.isTrue(settings.get("ringing").strip()), sipStatus(settings.get("reject_code")),
                seconds(settings.get("hangup_after")), settings.get("dtmf").strip().toUpperCase(Locale.ROOT),
                seconds(settings.get("dtmf_delay")), seconds(settings.get("dtmf_duration")),
                seconds(settings.get("dtmf_gap")), settings.get("contact").strip(),
                settings.get("user_agent").strip(), settings.get("from").strip(), settings.get("domain").strip());
    }

    /** The URI {@code endpoint}'s phone registers. */
    public String contactFor(String endpoint) {
        return contact.isEmpty() ? "sip:" + endpoint + "@127.0.0.1:5060" : contact;
    }

    private static Optional<Mode> mode(String v) {
        for (Mode m : Mode.values()) {
            if (m.text().equalsIgnoreCase(v)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static int sipStatus(String v) {
        try {
            int code = Integer.parseInt(v.strip());
            return code >= 400 && code <= 699 ? code : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A number of seconds as the settings take it (decimals allowed, not negative); empty if invalid. */
    public static Optional<Duration> secondsOf(String v) {
        return Optional.ofNullable(seconds(v));
    }

    private static Duration seconds(String v) {
        try {
            BigDecimal s = new BigDecimal(v.strip());
            if (s.signum() < 0) {
                return null;
            }
            return Duration.ofMillis(s.movePointRight(3).longValue());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
