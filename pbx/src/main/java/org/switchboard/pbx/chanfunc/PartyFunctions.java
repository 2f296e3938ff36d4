package org.switchboard.pbx.chanfunc;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.CallerIdParser;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.dialplan.pattern.ExtensionNames;
import org.switchboard.pbx.exec.AppOptions;
import org.switchboard.pbx.exec.ChannelEvalContext;

/**
 * CALLERID and CONNECTEDLINE (funcs/func_callerid.c) with every field: the party id fields of
 * {@link PartyFields} on the caller, its {@code ani-*} and {@code priv-*} ids, {@code ani2},
 * {@code rdnis}, {@code dnid[-num[-plan]|-subaddr[-...]]}; on the connected line also
 * {@code source} and {@code priv-*}. {@code CALLERID(field,"Name" <num>)} reads from the given
 * text instead of the channel.
 *
 * <p>Writing the caller id publishes the snapshot (NewCallerid when name or number changed);
 * ANI, private id, ANI2, rdnis and dnid change quietly. Writing the connected line publishes the
 * snapshot (NewConnectedLine) and, unless option {@code i} is given and when it differs from what
 * was last indicated, tells the channel's technology, which passes it to the far end. Unknown
 * fields are logged and read as "", as Asterisk does.
 */
public final class PartyFunctions {
    private static final Logger LOG = LoggerFactory.getLogger("org.switchboard.pbx");
    /** callerid_function read_max. */
    private static final int CALLERID_READ_MAX = 255;
    private static final String[] SOURCES = {"unknown", "answer", "diversion", "transfer_active",
        "transfer_alerting"};

    private PartyFunctions() { }

    public static List<DialplanFunction> functions() {
        return List.of(
                DialplanFunction.readWrite("CALLERID", PartyFunctions::readCaller, PartyFunctions::writeCaller),
                DialplanFunction.readWrite("CONNECTEDLINE", PartyFunctions::readConnected,
                        PartyFunctions::writeConnected));
    }

    static SimChannel channel(EvalContext ctx) {
        return ctx instanceof ChannelEvalContext ? ((ChannelEvalContext) ctx).channel() : null;
    }

    /** AST_NONSTANDARD_APP_ARGS(member, ..., '-') with its 10 slots; null when it has none or too many. */
    private static List<String> members(String member) {
        AppArgs m = AppArgs.nonstandard(member, '-', 10);
        if (m.count() == 0 || m.count() >= 10) {
            return null;
        }
        return m.asList();
    }

    // ---- CALLERID ----

    private static String readCaller(EvalContext ctx, String name, String data) {
        SimChannel c = channel(ctx);
        if (c == null) {
            return null;
        }
        AppArgs args = AppArgs.standard(data, 2);
        if (args.count() == 0) {
            return null;
        }
        List<String> m = members(args.getOrEmpty(0));
        if (m == null) {
            return null;
        }
        String value = readCallerField(c, m, args, data);
        return CStrings.truncate(value == null ? "" : value, CALLERID_READ_MAX);
    }

    private static String readCallerField(SimChannel c, List<String> m, AppArgs args, String data) {
        String first = m.get(0);
        if (args.count() == 2) {
            // the caller id to split was given in the call
            CallerIdParser.CallerId id = CallerIdParser.parse(args.getOrEmpty(1));
            String cidName = id.name() == null ? "" : id.name();
            String cidNum = id.number() == null ? "" : ExtensionNames.shrinkPhoneNumber(id.number());
            if (m.size() == 1 && first.equalsIgnoreCase("all")) {
                return "\"" + cidName + "\" <" + cidNum + ">";
            }
            if (m.size() == 1 && first.equalsIgnoreCase("name")) {
                return cidName;
            }
            if (m.size() == 1 && PartyFields.startsWithIgnoreCase(first, "num")) {
                return cidNum;
            }
            unknown("callerid", data);
            return "";
        }
        PartyExtras x = c.attachment(PartyExtras.class);
        if (m.size() == 1 && first.equalsIgnoreCase("rdnis")) {
            return x == null || x.rdnis == null ? "" : x.rdnis;
        }
        if (first.equalsIgnoreCase("dnid")) {
            List<String> d = m.size() == 1 ? List.of("dnid", "num") : m;
            if (PartyFields.startsWithIgnoreCase(d.get(1), "num")) {
                if (d.size() == 2) {
                    return c.dnid();
                }
                if (d.size() == 3 && d.get(2).equalsIgnoreCase("plan")) {
                    return Integer.toString(x == null ? 0 : x.dialedPlan);
                }
                unknown("callerid", data);
                return "";
            }
            if (PartyFields.startsWithIgnoreCase(d.get(1), "subaddr")) {
                PartyFields.Read r = PartyFields.readSubaddress(x == null ? Party.Subaddress.NONE : x.dialedSubaddress,
                        d.subList(2, d.size()));
                return known(r, "callerid", data);
            }
            unknown("callerid", data);
            return "";
        }
        if (m.size() == 1 && first.equalsIgnoreCase("ani2")) {
            return Integer.toString(x == null ? 0 : x.ani2);
        }
        if (first.equalsIgnoreCase("ani")) {
            List<String> sub = m.size() == 1 ? List.of("num") : m.subList(1, m.size());
            return known(PartyFields.read(x == null ? Party.NONE : x.ani, sub), "callerid", data);
        }
        if (first.equalsIgnoreCase("priv")) {
            return known(PartyFields.read(x == null ? Party.NONE : x.callerPrivate, m.subList(1, m.size())),
                    "callerid", data);
        }
        return known(PartyFields.read(c.caller(), m), "callerid", data);
    }

    private static boolean writeCaller(EvalContext ctx, String name, String data, String rawValue) {
        SimChannel c = channel(ctx);
        AppArgs args = rawValue == null || c == null ? null : AppArgs.standard(data, 3);
        List<String> m = args == null || args.count() == 0 ? null : members(args.getOrEmpty(0));
        if (m == null) {
            return false;
        }
        String value = CStrings.skipBlanks(rawValue);
        String first = m.get(0);
        if (m.size() == 1 && first.equalsIgnoreCase("rdnis")) {
            PartyExtras.of(c).rdnis = value;
        } else if (first.equalsIgnoreCase("dnid")) {
            writeDialed(c, m.size() == 1 ? List.of("dnid", "num") : m, value, data);
        } else if (m.size() == 1 && first.equalsIgnoreCase("ani2")) {
            String v = PartyFields.trimBlanks(value);
            if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
                PartyExtras.of(c).ani2 = CScan.atoi(v);
            } else {
                LOG.error("Unknown callerid ani2 '{}', value unchanged", v);
            }
        } else if (first.equalsIgnoreCase("ani")) {
            PartyExtras x = PartyExtras.of(c);
            List<String> sub = m.size() == 1 ? List.of("num") : m.subList(1, m.size());
            PartyFields.Write w = PartyFields.write(x.ani, sub, value);
            if (check(w, "callerid", data)) {
                x.ani = w.party();
            }
        } else if (first.equalsIgnoreCase("priv")) {
            PartyExtras x = PartyExtras.of(c);
            PartyFields.Write w = PartyFields.write(x.callerPrivate, m.subList(1, m.size()), value);
            if (check(w, "callerid", data)) {
                x.callerPrivate = w.party();
            }
        } else {
            PartyFields.Write w = PartyFields.write(c.caller(), m, value);
            if (check(w, "callerid", data)) {
                // ast_channel_set_caller_event
                c.setCaller(w.party());
                c.publishSnapshot();
            }
        }
        return true;
    }

    private static void writeDialed(SimChannel c, List<String> d, String value, String data) {
        if (PartyFields.startsWithIgnoreCase(d.get(1), "num")) {
            if (d.size() == 2) {
                c.setDnid(PartyFields.trimBlanks(value));
            } else if (d.size() == 3 && d.get(2).equalsIgnoreCase("plan")) {
                String v = PartyFields.trimBlanks(value);
                if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
                    PartyExtras.of(c).dialedPlan = CScan.atoi(v);
                } else {
                    LOG.error("Unknown type-of-number/numbering-plan '{}', value unchanged", v);
                }
            } else {
                unknown("callerid", data);
            }
        } else if (PartyFields.startsWithIgnoreCase(d.get(1), "subaddr")) {
            PartyExtras x = PartyExtras.of(c);
            PartyFields.Write w = PartyFields.writeSubaddress(x.dialedSubaddress, d.subList(2, d.size()), value);
            if (check(w, "callerid", data)) {
                x.dialedSubaddress = w.party().subaddress();
            }
        } else {
            unknown("callerid", data);
        }
    }

    // ---- CONNECTEDLINE ----

    private static String readConnected(EvalContext ctx, String name, String data) {
        SimChannel c = channel(ctx);
        if (c == null) {
            return null;
        }
        List<String> m = members(data);
        if (m == null) {
            return null;
        }
        PartyExtras x = c.attachment(PartyExtras.class);
        String first = m.get(0);
        if (m.size() == 1 && first.equalsIgnoreCase("source")) {
            return sourceName(x == null ? 0 : x.connectedSource);
        }
        if (first.equalsIgnoreCase("priv")) {
            return known(PartyFields.read(x == null ? Party.NONE : x.connectedPrivate, m.subList(1, m.size())),
                    "connectedline", data);
        }
        return known(PartyFields.read(c.connected(), m), "connectedline", data);
    }

    private static boolean writeConnected(EvalContext ctx, String name, String data, String rawValue) {
        SimChannel c = channel(ctx);
        AppArgs args = rawValue == null || c == null ? null : AppArgs.standard(data, 3);
        List<String> m = args == null || args.count() == 0 ? null : members(args.getOrEmpty(0));
        if (m == null) {
            return false;
        }
        AppOptions opts = AppOptions.parse(args.get(1), "i");
        if (!opts.valid()) {
            return false;
        }
        boolean inhibit = opts.has('i');
        String value = CStrings.skipBlanks(rawValue);
        PartyExtras x = PartyExtras.of(c);
        String first = m.get(0);
        if (m.size() == 1 && first.equalsIgnoreCase("source")) {
            String v = PartyFields.trimBlanks(value);
            int source = !v.isEmpty() && Character.isDigit(v.charAt(0)) ? CScan.atoi(v) : parseSource(v);
            if (source < 0) {
                LOG.error("Unknown connectedline source '{}', value unchanged", v);
            } else {
                x.connectedSource = source;
                setConnected(c, c.connected(), inhibit);
            }
        } else if (first.equalsIgnoreCase("priv")) {
            PartyFields.Write w = PartyFields.write(x.connectedPrivate, m.subList(1, m.size()), value);
            if (check(w, "connectedline", data)) {
                x.connectedPrivate = w.party();
                setConnected(c, c.connected(), inhibit);
            }
        } else {
            PartyFields.Write w = PartyFields.write(c.connected(), m, value);
            if (check(w, "connectedline", data)) {
                setConnected(c, w.party(), inhibit);
            }
        }
        return true;
    }

    /**
     * ast_channel_set_connected_line (the snapshot is published: NewConnectedLine), and for an
     * update ast_indicate_data(CONNECTED_LINE): the technology hears of it unless it is what was
     * indicated last.
     */
    private static void setConnected(SimChannel c, Party connected, boolean inhibit) {
        c.setConnected(connected);
        c.publishSnapshot();
        if (inhibit) {
            return;
        }
        PartyExtras x = PartyExtras.of(c);
        if (connected.equals(x.connectedIndicated) && x.connectedSource == x.connectedIndicatedSource) {
            return;
        }
        x.connectedIndicated = connected;
        x.connectedIndicatedSource = x.connectedSource;
        c.indicate(Control.CONNECTED_LINE);
    }

    private static String sourceName(int source) {
        return source >= 0 && source < SOURCES.length ? SOURCES[source] : "not-known";
    }

    private static int parseSource(String name) {
        if (name.equalsIgnoreCase("transfer")) {
            return 3;
        }
        for (int i = 0; i < SOURCES.length; i++) {
            if (SOURCES[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    // ---- shared ----

    private static String known(PartyFields.Read r, String what, String data) {
        if (r.status() == PartyFields.Status.UNKNOWN) {
            unknown(what, data);
            return "";
        }
        return r.value() == null ? "" : r.value();
    }

    private static boolean check(PartyFields.Write w, String what, String data) {
        if (w.status() == PartyFields.Status.UNKNOWN) {
            unknown(what, data);
        }
        return w.status() == PartyFields.Status.VALID;
    }

    private static void unknown(String what, String data) {
        LOG.error("Unknown {} data type '{}'.", what, data);
    }
}
