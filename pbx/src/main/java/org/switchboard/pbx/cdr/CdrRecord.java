package org.switchboard.pbx.cdr;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.switchboard.pbx.dialplan.clib.CStrftime;
import org.switchboard.pbx.dialplan.clib.CTimeval;
import org.switchboard.pbx.text.AsciiCase;

/**
 * A finished CDR as the backends receive it (cdr.h struct ast_cdr), built when a channel's CDRs
 * are dispatched (cdr.c cdr_object_create_public_records).
 *
 * @param answer    when the call was answered, or null
 * @param flags     the CDR's flags (AST_CDR_FLAG_*)
 * @param variables the CDR variables, Party A's first then Party B's not already there
 */
public record CdrRecord(String accountCode, String source, String destination, String destinationContext,
                        String callerId, String channel, String destinationChannel, String lastApplication,
                        String lastData, Instant start, Instant answer, Instant end, long duration, long billableSeconds,
                        Disposition disposition, int amaFlags, String uniqueId, String linkedId, String userField,
                        String peerAccount, int sequence, int flags, List<Map.Entry<String, String>> variables) {

    /** strftime format of the CDR's times (cdr.c ast_cdr_format_var, cdr_manager.c DATE_FORMAT). */
    public static final String DATE_FORMAT = "%Y-%m-%d %T";

    public CdrRecord {
        variables = List.copyOf(variables);
    }

    /** {@code time} in local time as Asterisk prints it, "" for no time. */
    public static String formatTime(Instant time, ZoneId zone) {
        return time == null || time.getEpochSecond() == 0 ? "" : CStrftime.format(DATE_FORMAT, time, zone);
    }

    /** "%ld.%06ld" of a time, "0.000000" for none (cdr.c cdr_get_tv in raw mode). */
    public static String rawTime(Instant time) {
        if (time == null) {
            return "0.000000";
        }
        return CTimeval.secondsMicros(time);
    }

    /**
     * ast_cdr_format_var: a field or variable of this record by name (ASCII case ignored); times
     * formatted in {@code zone} unless {@code raw}, disposition and AMA flags as text unless
     * {@code raw}. Null when the value is empty or unknown.
     */
    public String formatVariable(String name, boolean raw, ZoneId zone) {
        String value = field(AsciiCase.lower(name), raw, zone);
        if (value == null) {
            for (Map.Entry<String, String> v : variables) {
                if (AsciiCase.equal(v.getKey(), name)) {
                    value = v.getValue();
                    break;
                }
            }
        }
        return value == null || value.isEmpty() ? null : value;
    }

    private String field(String name, boolean raw, ZoneId zone) {
        switch (name) {
            case "clid": return callerId;
            case "src": return source;
            case "dst": return destination;
            case "dcontext": return destinationContext;
            case "channel": return channel;
            case "dstchannel": return destinationChannel;
            case "lastapp": return lastApplication;
            case "lastdata": return lastData;
            case "start": return raw ? rawTime(start) : formatTime(start, zone);
            case "answer": return raw ? rawTime(answer) : formatTime(answer, zone);
            case "end": return raw ? rawTime(end) : formatTime(end, zone);
            case "duration": return Long.toString(duration);
            case "billsec": return Long.toString(billableSeconds);
            case "disposition": return raw ? Integer.toString(disposition.value()) : disposition.text();
            case "amaflags": return raw ? Integer.toString(amaFlags) : AmaFlags.text(amaFlags);
            case "accountcode": return accountCode;
            case "peeraccount": return peerAccount;
            case "uniqueid": return uniqueId;
            case "linkedid": return linkedId;
            case "tenantid": case "peertenantid": return "";
            case "userfield": return userField;
            case "sequence": return Integer.toString(sequence);
            default: return null;
        }
    }

    /** ast_tvdiff_ms(a, b): milliseconds from b to a, on whole microseconds as a timeval holds them. */
    static long tvdiffMs(Instant a, Instant b) {
        long sec = a.getEpochSecond() - b.getEpochSecond();
        long usec = a.getNano() / 1000 - b.getNano() / 1000;
        return sec * 1000 + usec / 1000;
    }
}
