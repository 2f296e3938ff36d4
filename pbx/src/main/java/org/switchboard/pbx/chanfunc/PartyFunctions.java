package org.switchboard.pbx.chanfunc;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.CallerIdParser;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.exec.ChannelEvalContext;

/**
 * CALLERID and CONNECTEDLINE (funcs/func_callerid.c) for the fields calls use: name, num
 * (number), all ({@code "name" <num>}), and for CALLERID the dnid. Writing the caller id
 * publishes the snapshot (NewCallerid); writing the connected line updates the channel
 * (NewConnectedLine) and tells its technology, which passes it to the far end.
 */
public final class PartyFunctions {
    private static final Logger LOG = LoggerFactory.getLogger("org.switchboard.pbx");

    private PartyFunctions() { }

    public static List<DialplanFunction> functions() {
        return List.of(
                DialplanFunction.readWrite("CALLERID", PartyFunctions::readCaller, PartyFunctions::writeCaller),
                DialplanFunction.readWrite("CONNECTEDLINE", PartyFunctions::readConnected,
                        PartyFunctions::writeConnected));
    }

    private static SimChannel channel(EvalContext ctx, String function) {
        SimChannel c = ctx instanceof ChannelEvalContext ? ((ChannelEvalContext) ctx).channel() : null;
        if (c == null) {
            LOG.warn("No channel was provided to {} function.", function);
        }
        return c;
    }

    private static String field(String args) {
        int comma = args.indexOf(',');
        return (comma < 0 ? args : args.substring(0, comma)).trim().toLowerCase(Locale.ROOT);
    }

    private static String readCaller(EvalContext ctx, String name, String args) {
        SimChannel c = channel(ctx, name);
        if (c == null) {
            return null;
        }
        String f = field(args);
        if (f.equals("dnid")) {
            return c.dnid();
        }
        return readParty(c.caller(), f, name);
    }

    private static String readConnected(EvalContext ctx, String name, String args) {
        SimChannel c = channel(ctx, name);
        return c == null ? null : readParty(c.connected(), field(args), name);
    }

    private static String readParty(Party p, String f, String function) {
        switch (f) {
            case "name":
                return p.shownName();
            case "num":
            case "number":
                return p.shownNumber();
            case "all":
                return all(p);
            case "pres":
            case "name-pres":
            case "num-pres":
                return presentationName(p.presentation());
            default:
                LOG.error("Unknown {} data type '{}'.", function.toLowerCase(Locale.ROOT).equals("callerid")
                        ? "callerid" : "connectedline", f);
                return null;
        }
    }

    // ast_callerid_merge with "" as the unknown text
    private static String all(Party p) {
        String n = p.shownName();
        String num = p.shownNumber();
        if (!n.isEmpty() && !num.isEmpty()) {
            return "\"" + n + "\" <" + num + ">";
        }
        return !n.isEmpty() ? n : num;
    }

    private static String presentationName(int pres) {
        return pres == 0 ? "allowed_not_screened" : "unavailable";
    }

    private static boolean writeCaller(EvalContext ctx, String name, String args, String value) {
        SimChannel c = channel(ctx, name);
        if (c == null) {
            return false;
        }
        Party updated = apply(c.caller(), field(args), value, name);
        if (updated == null) {
            return false;
        }
        c.setCaller(updated);
        c.publishSnapshot();
        return true;
    }

    private static boolean writeConnected(EvalContext ctx, String name, String args, String value) {
        SimChannel c = channel(ctx, name);
        if (c == null) {
            return false;
        }
        Party updated = apply(c.connected(), field(args), value, name);
        if (updated == null) {
            return false;
        }
        // ast_channel_update_connected_line: set here (published), then indicated to the technology
        c.setConnected(updated);
        c.publishSnapshot();
        c.indicate(Control.CONNECTED_LINE);
        return true;
    }

    private static Party apply(Party p, String f, String value, String function) {
        String v = value == null ? "" : value;
        switch (f) {
            case "name":
                return p.withName(v);
            case "num":
            case "number":
                return p.withNumber(v);
            case "all": {
                CallerIdParser.CallerId id = CallerIdParser.parse(v);
                return new Party(id.number() == null ? "" : id.number(), id.name() == null ? "" : id.name(),
                        id.number() != null, id.name() != null);
            }
            default:
                LOG.error("Unknown {} data type '{}'.", function.toLowerCase(Locale.ROOT), f);
                return null;
        }
    }
}
