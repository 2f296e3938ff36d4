package org.switchboard.manager.channel;

import java.util.Map;

import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.channel.Party;
import org.switchboard.protocol.CEscape;

/**
 * The channel header block every channel event carries (spec 02 §1.1; manager_channels.c
 * ast_manager_build_channel_state_string_prefix), with an optional header prefix ("Dest",
 * "LocalOne", ...). Names and ChanVariable values are C-escaped; numbers and locations are not.
 */
public final class ChannelBlock {
    private static final String UNKNOWN = "<unknown>";

    private ChannelBlock() { }

    /** Appends the block for {@code s} with {@code prefix} glued to each header name. */
    public static StringBuilder append(StringBuilder b, String prefix, ChannelSnapshot s) {
        line(b, prefix, "Channel", s.name());
        line(b, prefix, "ChannelState", Integer.toString(s.state().number()));
        line(b, prefix, "ChannelStateDesc", s.state().text());
        line(b, prefix, "CallerIDNum", number(s.caller()));
        line(b, prefix, "CallerIDName", name(s.caller()));
        line(b, prefix, "ConnectedLineNum", number(s.connected()));
        line(b, prefix, "ConnectedLineName", name(s.connected()));
        line(b, prefix, "Language", s.language());
        line(b, prefix, "AccountCode", s.accountCode());
        line(b, prefix, "Context", s.context());
        line(b, prefix, "Exten", s.exten());
        line(b, prefix, "Priority", Integer.toString(s.priority()));
        line(b, prefix, "Uniqueid", s.uniqueId());
        line(b, prefix, "Linkedid", s.linkedId());
        for (Map.Entry<String, String> v : s.managerVariables()) {
            b.append(prefix).append("ChanVariable: ").append(v.getKey()).append('=')
                    .append(CEscape.escape(v.getValue())).append("\r\n");
        }
        return b;
    }

    /** The plain block (no prefix). */
    public static StringBuilder append(StringBuilder b, ChannelSnapshot s) {
        return append(b, "", s);
    }

    static void line(StringBuilder b, String prefix, String name, String value) {
        b.append(prefix).append(name).append(": ").append(value).append("\r\n");
    }

    private static String number(Party p) {
        String n = p.shownNumber();
        return n.isEmpty() ? UNKNOWN : n;
    }

    private static String name(Party p) {
        String n = p.shownName();
        return n.isEmpty() ? UNKNOWN : CEscape.escape(n);
    }
}
