package org.switchboard.pbx.dialplan;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;

/**
 * Where a {@code Goto([[context,]exten,]priority)} leads (pbx.c {@code pbx_parseable_goto},
 * {@code pbx_parse_location}): a priority may be a number, {@code +n} / {@code -n} relative to the
 * current priority, or a label looked up in the target extension.
 *
 * @param context  the target context, or null for the current one
 * @param exten    the target extension, or null for the current one
 * @param priority the target priority (the channel layer still applies ast_explicit_goto's
 *                 auto-loop adjustment)
 */
public record GotoTarget(String context, String exten, int priority) {
    private static final Logger LOG = LoggerFactory.getLogger(GotoTarget.class);

    /** The channel's position, against which a target is resolved. */
    public record Position(String context, String exten, int priority, String callerId) { }

    /**
     * Parses and resolves {@code gotoString}; null, with Asterisk's warning, when it is empty or
     * names an unknown label.
     */
    public static GotoTarget parse(String gotoString, Position at, Dialplan dialplan, Instant now) {
        if (CStrings.isEmpty(gotoString)) {
            LOG.warn("Goto requires an argument ([[context,]extension,]priority)");
            return null;
        }
        String[] f = gotoString.split(",", -1);
        String context = f[0];
        String exten = f.length > 1 ? f[1] : null;
        String pri = f.length > 2 ? f[2] : null;
        return resolve(context, exten, pri, at, dialplan, now, true);
    }

    /**
     * pbx_parse_location on already separated fields (as Goto, GotoIf and friends split them):
     * with one field it is the priority, with two the extension and priority.
     *
     * @param relative whether {@code +n} / {@code -n} are understood
     */
    public static GotoTarget resolve(String first, String second, String third, Position at, Dialplan dialplan,
                                     Instant now, boolean relative) {
        String context = first;
        String exten = second;
        String pri = third;
        if (exten == null) {
            pri = context;
            context = null;
        } else if (pri == null) {
            pri = exten;
            exten = context;
            context = null;
        }
        int mode = 0;
        if (relative && !pri.isEmpty()) {
            if (pri.charAt(0) == '+') {
                mode = 1;
                pri = pri.substring(1);
            } else if (pri.charAt(0) == '-') {
                mode = -1;
                pri = pri.substring(1);
            }
        }
        int ipri;
        CScan.IntScan number = CScan.scanDecimal(pri, 0, 30);
        if (number != null && pri.substring(number.end()).isBlank()) {
            ipri = number.value();
        } else {
            ipri = dialplan.findLabel(context != null ? context : at.context(), exten != null ? exten : at.exten(),
                    pri, at.callerId(), now);
            if (ipri < 1) {
                LOG.warn("Priority '{}' must be a number > 0, or valid label", pri);
                return null;
            }
            mode = 0;
        }
        if (mode != 0) {
            ipri = at.priority() + ipri * mode;
        }
        return new GotoTarget(context, exten, ipri);
    }
}
