package org.switchboard.pbx.apps.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.AppOptions;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.originate.OriginateOutcome;
import org.switchboard.pbx.originate.OriginateRequest;
import org.switchboard.pbx.originate.Originator;

/**
 * Originate(tech_data,type,arg1[,arg2[,arg3[,timeout[,options]]]]) (app_originate.c): places a
 * call from the dialplan, to an extension ({@code exten}: context, exten, priority) or an
 * application ({@code app}: name, data), and waits for it to be answered or to fail unless
 * option {@code a} is given. ORIGINATE_STATUS: SUCCESS, BUSY, CONGESTION, HANGUP, RINGING or
 * FAILED. Options {@code c(num)}, {@code n(name)} and {@code v(var=value^...)} are honoured;
 * {@code b}, {@code B} (pre-dial subroutines) and {@code C} (codecs) are accepted and ignored.
 */
final class OriginateApp implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "Originate";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel c = ctx.channel();
        if (data.isEmpty()) {
            log.error("Originate() requires arguments");
            return failed(c);
        }
        AppArgs args = AppArgs.standard(data, 7);
        if (args.count() < 3) {
            log.error("Incorrect number of arguments");
            return failed(c);
        }
        int timeout = 30;
        if (!CStrings.isEmpty(args.get(5))) {
            CScan.IntScan t = CScan.scanDecimal(args.get(5), 0, 30);
            if (t == null) {
                log.info("Invalid timeout: '{}'. Setting timeout to 30 seconds", args.get(5));
            } else {
                timeout = t.value();
            }
        }
        String techData = args.getOrEmpty(0);
        int slash = techData.indexOf('/');
        String tech = slash < 0 ? techData : techData.substring(0, slash);
        String chanData = slash < 0 ? "" : techData.substring(slash + 1);
        if (tech.isEmpty() || chanData.isEmpty()) {
            log.error("Channel Tech/Data invalid: '{}'", techData);
            return failed(c);
        }
        AppOptions options = AppOptions.parse(CStrings.isEmpty(args.get(6)) ? null : args.get(6), "abBCcnv");
        if (!options.valid()) {
            log.error("Invalid options: '{}'", args.get(6));
            return failed(c);
        }
        String type = args.getOrEmpty(1);
        if (!type.equalsIgnoreCase("exten") && !type.equalsIgnoreCase("app")) {
            log.error("Incorrect type, it should be 'exten' or 'app': {}", type);
            return failed(c);
        }
        String cidNum = null;
        if (options.has('c')) {
            cidNum = !options.argument('c').isEmpty() ? options.argument('c')
                    : c.caller().numberValid() ? c.caller().number() : null;
        }
        String cidName = null;
        if (options.has('n')) {
            cidName = !options.argument('n').isEmpty() ? options.argument('n')
                    : c.caller().nameValid() ? c.caller().name() : null;
        }
        List<Map.Entry<String, String>> vars = new ArrayList<>();
        if (options.has('v') && !options.argument('v').isEmpty()) {
            for (String assignment : options.argument('v').split("\\^")) {
                int eq = assignment.indexOf('=');
                vars.add(Map.entry(eq < 0 ? assignment : assignment.substring(0, eq),
                        eq < 0 ? "" : assignment.substring(eq + 1)));
            }
        }
        OriginateRequest request;
        if (type.equalsIgnoreCase("exten")) {
            int priority = 1;
            String exten = args.get(3);
            if (args.count() == 5) {
                CScan.IntScan p = CScan.scanDecimal(args.getOrEmpty(4), 0, 30);
                if (p == null) {
                    log.error("Invalid priority: '{}'", args.get(4));
                    return failed(c);
                }
                priority = p.value();
            } else if (args.count() == 3) {
                exten = "s";
            }
            request = new OriginateRequest(tech, chanData, Duration.ofSeconds(timeout), null, null, args.get(2), exten,
                    priority, cidNum, cidName, vars, null, false, null, null);
        } else {
            request = new OriginateRequest(tech, chanData, Duration.ofSeconds(timeout), args.get(2),
                    args.getOrEmpty(3), null, null, 0, cidNum, cidName, vars, null, false, null, null);
        }
        CompletableFuture<OriginateOutcome> outcome = new Originator(ctx.pbx()).originate(request, null);
        if (options.has('a')) {
            c.set("ORIGINATE_STATUS", "SUCCESS");
            return CONTINUE;
        }
        return outcome.thenApply(o -> {
            c.set("ORIGINATE_STATUS", status(o));
            return 0;
        });
    }

    /** The ORIGINATE_STATUS of an outcome (its reason is an AST_CONTROL_* number, 0 when none). */
    private static String status(OriginateOutcome o) {
        if (o.success()) {
            return "SUCCESS";
        }
        switch (o.reason()) {
            case 0: return "FAILED";
            case 4: return "SUCCESS";
            case 5: return "BUSY";
            case 8: return "CONGESTION";
            case 1: return "HANGUP";
            case 3: return "RINGING";
            default:
                log.warn("Unknown originate status result of '{}'", o.reason());
                return "UNKNOWN";
        }
    }

    private static CompletionStage<Integer> failed(SimChannel c) {
        c.set("ORIGINATE_STATUS", "FAILED");
        return HANGUP;
    }
}
