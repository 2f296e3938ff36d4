package org.switchboard.pbx.cdr;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CStrftime;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.exec.ChannelEvalContext;
import org.switchboard.pbx.text.AsciiCase;

/**
 * CDR(field[,options]) and CDR_PROP(property) (funcs/func_cdr.c) over a {@link CdrEngine}.
 * Reading gives the channel's latest CDR: times as local "YYYY-MM-DD HH:MM:SS" (raw seconds with
 * {@code u}), disposition and AMA flags as text (numbers with {@code u}), {@code f} gives
 * duration/billsec with microseconds. Writing sets CDR variables and the user field;
 * {@code accountcode} and {@code amaflags} go to the channel (deprecated, with Asterisk's warning).
 */
public final class CdrFunctions {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private CdrFunctions() { }

    public static List<DialplanFunction> functions(CdrEngine engine) {
        return List.of(
                DialplanFunction.readWrite("CDR", (ctx, name, args) -> read(engine, ctx, name, args),
                        (ctx, name, args, value) -> write(engine, ctx, name, args, value)),
                DialplanFunction.writeOnly("CDR_PROP", (ctx, name, args, value) -> writeProperty(engine, ctx, name,
                        args, value)));
    }

    private static SimChannel channel(EvalContext ctx, String function) {
        SimChannel c = ctx instanceof ChannelEvalContext ? ((ChannelEvalContext) ctx).channel() : null;
        if (c == null) {
            log.warn("No channel was provided to {} function.", function);
        }
        return c;
    }

    /** cdr_read / cdr_read_callback. */
    private static String read(CdrEngine engine, EvalContext ctx, String function, String args) {
        SimChannel c = channel(ctx, function);
        if (c == null) {
            return null;
        }
        if (args.isEmpty()) {
            log.warn("{} requires a variable ({}(variable[,option]))\n)", function, function);
            return "";
        }
        AppArgs parsed = AppArgs.standard(args);
        String variable = parsed.getOrEmpty(0);
        String options = parsed.getOrEmpty(1);
        boolean asFloat = options.indexOf('f') >= 0;
        boolean unparsed = options.indexOf('u') >= 0;
        String value = engine.getVariable(c.name(), variable);
        if (value == null) {
            return "";
        }
        if (asFloat && (AsciiCase.equal(variable, "billsec") || AsciiCase.equal(variable, "duration"))) {
            Instant start = parseTime(engine.getVariable(c.name(), AsciiCase.equal(variable, "billsec") ? "answer" : "start"));
            Instant finish = parseTime(engine.getVariable(c.name(), "end"));
            if (finish == null || finish.getEpochSecond() == 0 && finish.getNano() == 0) {
                finish = ctx instanceof ChannelEvalContext ce ? ce.pbx().clock().now() : Instant.now();
            }
            double delta = 0.0;
            if (start != null && (start.getEpochSecond() != 0 || start.getNano() != 0)) {
                long us = (finish.getEpochSecond() - start.getEpochSecond()) * 1_000_000L
                        + (finish.getNano() / 1000 - start.getNano() / 1000);
                delta = us / 1_000_000.0;
            }
            return String.format(java.util.Locale.ROOT, "%f", delta);
        }
        if (unparsed) {
            return value;
        }
        String v = AsciiCase.lower(variable);
        if (v.equals("start") || v.equals("end") || v.equals("answer")) {
            Instant t = parseTime(value);
            if (t == null) {
                log.warn("Unable to parse {} ({}) from the CDR for channel {}", variable, value, c.name());
                return "";
            }
            return t.getEpochSecond() == 0 ? "" : CStrftime.format(CdrRecord.DATE_FORMAT, t, engine.zone());
        }
        if (v.equals("disposition")) {
            return Disposition.text(Integer.parseInt(value));
        }
        if (v.equals("amaflags")) {
            return AmaFlags.text(Integer.parseInt(value));
        }
        return value;
    }

    /** sscanf("%ld.%ld") of a raw CDR time; null when it does not parse. */
    private static Instant parseTime(String raw) {
        if (raw == null) {
            return null;
        }
        int dot = raw.indexOf('.');
        try {
            if (dot < 0) {
                return null;
            }
            long sec = Long.parseLong(raw.substring(0, dot));
            long usec = Long.parseLong(raw.substring(dot + 1));
            return Instant.ofEpochSecond(sec, usec * 1000);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** cdr_write / cdr_write_callback. */
    private static boolean write(CdrEngine engine, EvalContext ctx, String function, String args, String value) {
        SimChannel c = channel(ctx, function);
        if (c == null) {
            return false;
        }
        if (args.isEmpty()) {
            log.warn("{} requires a variable ({}(variable)=value)\n)", function, function);
            return false;
        }
        String variable = AppArgs.standard(args).getOrEmpty(0);
        if (AsciiCase.equal(variable, "accountcode")) {
            log.warn("Using the {} function to set 'accountcode' is deprecated. Please use the CHANNEL function instead.",
                    function);
            if (!c.accountCode().equals(value)) {
                c.setAccountCode(value);
                c.publishSnapshot();   // ast_channel_accountcode_set publishes a change (NewAccountCode)
            }
            return true;
        }
        if (AsciiCase.equal(variable, "amaflags")) {
            log.warn("Using the {} function to set 'amaflags' is deprecated. Please use the CHANNEL function instead.",
                    function);
            c.setAmaFlags(parseAmaFlags(value));
            return true;
        }
        if (AsciiCase.equal(variable, "peeraccount")) {
            log.warn("The 'peeraccount' setting is not supported. Please set the 'accountcode' on the appropriate "
                    + "channel using the CHANNEL function.");
            return true;
        }
        if (AsciiCase.equal(variable, "userfield")) {
            engine.setUserField(c.name(), value);
        } else {
            engine.setVariable(c.name(), variable, value);
        }
        return true;
    }

    /** A number ("%30d", AST_AMA_NONE when it does not scan) or a flag name. */
    private static int parseAmaFlags(String value) {
        if (!value.isEmpty() && Character.isDigit(value.charAt(0))) {
            int end = 0;
            while (end < value.length() && end < 30 && Character.isDigit(value.charAt(end))) {
                end++;
            }
            try {
                return Integer.parseInt(value.substring(0, end));
            } catch (NumberFormatException e) {
                return AmaFlags.NONE;
            }
        }
        return AmaFlags.parse(value);
    }

    /** cdr_prop_write / cdr_prop_write_callback: party_a and disable, set when the value is true. */
    private static boolean writeProperty(CdrEngine engine, EvalContext ctx, String function, String args,
                                         String value) {
        SimChannel c = channel(ctx, function);
        if (c == null) {
            return false;
        }
        if (args.isEmpty()) {
            log.warn("{} requires a variable ({}(variable)=value)\n)", function, function);
            return true;
        }
        if (value.isEmpty()) {
            log.warn("{} requires a value ({}(variable)=value)\n)", function, function);
            return true;
        }
        String variable = AppArgs.standard(args).getOrEmpty(0);
        int flag;
        if (AsciiCase.equal(variable, "party_a")) {
            flag = CdrFlags.PARTY_A;
        } else if (AsciiCase.equal(variable, "disable")) {
            flag = CdrFlags.DISABLE_ALL;
        } else {
            log.warn("Unknown option {} used with {}", variable, function);
            return true;
        }
        engine.setProperty(c.name(), flag, org.switchboard.config.AstBool.isTrue(value));
        return true;
    }
}
