package org.switchboard.pbx.chanfunc;

import java.util.Locale;

import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.exec.DialplanException;

/** EXCEPTION(reason|context|exten|priority) (pbx.c acf_exception_read): the last exception raised. */
public final class ExceptionFunction {
    private ExceptionFunction() { }

    public static DialplanFunction function() {
        return DialplanFunction.readOnly("EXCEPTION", ExceptionFunction::read);
    }

    private static String read(EvalContext ctx, String name, String data) {
        SimChannel c = PartyFunctions.channel(ctx);
        DialplanException e = c == null ? null : DialplanException.of(c);
        if (e == null) {
            return null;
        }
        String what = data.toLowerCase(Locale.ROOT);
        if (what.equals("reason")) {
            return e.reason();
        }
        if (what.equals("context")) {
            return e.context();
        }
        if (what.startsWith("exten")) {
            return e.exten();
        }
        if (what.equals("priority")) {
            return Integer.toString(e.priority());
        }
        return null;
    }
}
