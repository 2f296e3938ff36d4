package org.switchboard.pbx.chanfunc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * The hangup causes a channel learned from the channels it dialed (channel.c
 * ast_channel_hangupcause_hash_set, the AST_CONTROL_PVT_CAUSE_CODE frames), with HANGUPCAUSE,
 * HANGUPCAUSE_KEYS and HangupCauseClear (funcs/func_hangupcause.c). Dialers record causes with
 * {@link #record}.
 */
public final class DialedCauses {
    private static final Logger LOG = LoggerFactory.getLogger("org.switchboard.pbx");

    /** One cause: the Asterisk cause and the technology's own text (e.g. "SIP 486 Busy Here"). */
    private record Cause(int astCause, String techCode) { }

    private final Map<String, Cause> causes = new LinkedHashMap<>();

    private DialedCauses() { }

    /** Records that {@code dialedChannel} ended with {@code astCause} ({@code techCode} as its technology put it). */
    public static void record(SimChannel channel, String dialedChannel, int astCause, String techCode) {
        DialedCauses d = channel.attachmentOr(DialedCauses.class, c -> new DialedCauses());
        d.causes.remove(dialedChannel);
        d.causes.put(dialedChannel, new Cause(astCause, techCode == null ? "" : techCode));
    }

    public static List<DialplanFunction> functions() {
        return List.of(DialplanFunction.readOnly("HANGUPCAUSE", DialedCauses::read),
                DialplanFunction.readOnly("HANGUPCAUSE_KEYS", DialedCauses::keys));
    }

    /** HangupCauseClear(). */
    public static Application clearApplication() {
        return new Application() {
            @Override
            public String name() {
                return "HangupCauseClear";
            }

            @Override
            public CompletionStage<Integer> execute(AppContext ctx, String data) {
                ctx.channel().attach(DialedCauses.class, null);
                return CONTINUE;
            }
        };
    }

    /** HANGUPCAUSE(channel,ast|tech). */
    private static String read(EvalContext ctx, String name, String data) {
        SimChannel c = PartyFunctions.channel(ctx);
        if (c == null) {
            return null;
        }
        AppArgs args = AppArgs.standard(data, 2);
        if (args.count() != 2) {
            LOG.warn("The HANGUPCAUSE function must have 2 parameters, not {}", args.count());
            return null;
        }
        DialedCauses d = c.attachment(DialedCauses.class);
        Cause cause = d == null ? null : d.causes.get(args.get(0));
        if (cause == null) {
            LOG.warn("Unable to find information for channel {}", args.get(0));
            return null;
        }
        if (args.get(1).equals("ast")) {
            return HangupCause.text(cause.astCause());
        }
        if (args.get(1).equals("tech")) {
            return cause.techCode();
        }
        LOG.warn("Information type not recognized ({})", args.get(1));
        return null;
    }

    /** HANGUPCAUSE_KEYS(): the dialed channels with a cause, comma separated. */
    private static String keys(EvalContext ctx, String name, String data) {
        SimChannel c = PartyFunctions.channel(ctx);
        if (c == null) {
            return null;
        }
        DialedCauses d = c.attachment(DialedCauses.class);
        return d == null ? "" : String.join(",", d.causes.keySet());
    }
}
