package org.switchboard.pbx.hint;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.FunctionRegistry;
import org.switchboard.pbx.presence.CustomPresenceStates;
import org.switchboard.pbx.presence.Presence;
import org.switchboard.pbx.presence.PresenceState;

/**
 * The dialplan functions of device, presence and extension state: DEVICE_STATE and HINT
 * (func_devstate.c), PRESENCE_STATE (func_presencestate.c), EXTENSION_STATE (func_extstate.c).
 * A failure returns null (Asterisk's -1), logged as Asterisk logs it.
 */
public final class StateFunctions {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private final Pbx pbx;

    private StateFunctions(Pbx pbx) {
        this.pbx = pbx;
    }

    /** Registers the four functions for {@code pbx}. */
    public static void registerAll(Pbx pbx) {
        StateFunctions f = new StateFunctions(pbx);
        FunctionRegistry registry = pbx.runtime().functions();
        for (DialplanFunction function : List.of(
                DialplanFunction.readWrite("DEVICE_STATE", (ctx, name, args) -> f.deviceState(args),
                        (ctx, name, args, value) -> pbx.deviceStates().custom().write(args, value)),
                DialplanFunction.readOnly("HINT", (ctx, name, args) -> f.hint(args)),
                DialplanFunction.readWrite("PRESENCE_STATE", (ctx, name, args) -> f.presenceState(args),
                        (ctx, name, args, value) -> pbx.presenceStates().custom().write(args, value)),
                DialplanFunction.readOnly("EXTENSION_STATE", (ctx, name, args) -> f.extensionState(args)))) {
            registry.register(function);
        }
    }

    /** devstate_read: the device's state name (cache first). */
    private String deviceState(String device) {
        return pbx.deviceStates().state(device).name();
    }

    /** hint_read: HINT(exten[@context][,n]); context "default"; n gives the hint's name. */
    private String hint(String data) {
        if (data.isEmpty()) {
            log.warn("The HINT function requires an extension");
            return null;
        }
        AppArgs args = AppArgs.standard(data, 2);
        String target = args.getOrEmpty(0);
        if (target.isEmpty()) {
            log.warn("The HINT function requires an extension");
            return null;
        }
        String[] where = extenAndContext(target);
        boolean name = args.getOrEmpty(1).indexOf('n') >= 0;
        return name ? pbx.hints().hintName(where[1], where[0]) : pbx.hints().hintText(where[1], where[0]);
    }

    /** extstate_read: EXTENSION_STATE(exten[@context]). */
    private String extensionState(String data) {
        if (data.isEmpty()) {
            log.warn("EXTENSION_STATE requires an extension");
            return null;
        }
        String[] where = extenAndContext(data);
        if (where[0].isEmpty()) {
            log.warn("EXTENSION_STATE requires an extension");
            return null;
        }
        return ExtensionStates.functionText(pbx.hints().extensionState(where[1], where[0]));
    }

    /** presence_read: PRESENCE_STATE(provider,field[,options]); field value, subtype or message. */
    private String presenceState(String data) {
        if (data.isEmpty()) {
            log.warn("PRESENCE_STATE reading requires an argument ");
            return null;
        }
        AppArgs args = AppArgs.standard(data, 3);
        String provider = args.getOrEmpty(0);
        String field = args.getOrEmpty(1);
        if (provider.isEmpty() || field.isEmpty()) {
            log.warn("PRESENCE_STATE reading requires both presence provider and presence field arguments. ");
            return null;
        }
        Presence p = pbx.presenceStates().stateNoCache(provider);
        if (p.state() == PresenceState.INVALID) {
            log.warn("PRESENCE_STATE unknown ");
            return null;
        }
        boolean base64 = args.getOrEmpty(2).indexOf('e') >= 0;
        if (p.subtype() != null && !p.subtype().isEmpty() && field.equalsIgnoreCase("subtype")) {
            return base64 ? CustomPresenceStates.base64(p.subtype()) : p.subtype();
        }
        if (p.message() != null && !p.message().isEmpty() && field.equalsIgnoreCase("message")) {
            return base64 ? CustomPresenceStates.base64(p.message()) : p.message();
        }
        return field.equalsIgnoreCase("value") ? p.state().text() : "";
    }

    /** {@code exten@context} split at the first '@'; the context is "default" when empty. */
    private static String[] extenAndContext(String target) {
        int at = target.indexOf('@');
        String exten = at < 0 ? target : target.substring(0, at);
        String context = at < 0 ? "" : target.substring(at + 1);
        return new String[] {exten, context.isEmpty() ? "default" : context};
    }
}
