package org.switchboard.pbx.apps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.event.UserEventRaised;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * UserEvent(name[,key1: value1[,key2: value2...]]) (app_userevent.c): a UserEvent with the
 * channel's block. An argument without ':' is skipped; a repeated key keeps its first place
 * and takes the last value (the body is a JSON object in Asterisk).
 */
final class UserEvent implements Application {
    @Override
    public String name() {
        return "UserEvent";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            ctx.log().warn("UserEvent requires an argument (eventname,optional event body)");
            return HANGUP;
        }
        AppArgs args = AppArgs.standard(data, 101);
        Map<String, String> body = new LinkedHashMap<>();
        for (int i = 1; i < args.count(); i++) {
            String extra = args.getOrEmpty(i);
            int colon = extra.indexOf(':');
            if (colon < 0) {
                continue;
            }
            body.put(extra.substring(0, colon), extra.substring(colon + 1).strip());
        }
        body.remove("eventname");
        List<Map.Entry<String, String>> headers = new ArrayList<>(body.entrySet());
        ctx.pbx().publish(new UserEventRaised(ctx.channel().snapshot(), args.getOrEmpty(0), headers));
        return CONTINUE;
    }
}
