package org.switchboard.pbx;

import org.switchboard.pbx.apps.CoreApplications;
import org.switchboard.pbx.apps.control.MoreApplications;
import org.switchboard.pbx.chanfunc.ChannelFunctions;
import org.switchboard.pbx.core.AsteriskSettings;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.core.SystemStatus;
import org.switchboard.pbx.dialplan.Dialplan;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.dialplan.eval.DialplanRuntime;
import org.switchboard.pbx.dialplan.eval.FunctionRegistry;
import org.switchboard.pbx.dialplan.func.BuiltinFunctions;
import org.switchboard.pbx.hint.StateFunctions;
import org.switchboard.pbx.local.LocalDriver;
import org.switchboard.pbx.pjsip.PjsipDriver;

/**
 * Assembles a {@link Pbx} with everything built in: the dialplan functions, the applications and
 * the channel technologies. The dialplan starts empty; the caller loads extensions.conf.
 */
public final class PbxFactory {
    private PbxFactory() { }

    public static Pbx standard(CoreLoop core, SystemStatus status, AsteriskSettings asterisk) {
        return standard(core, status, asterisk, null);
    }

    /** As above, with the server's AstDB behind the DB dialplan functions (null: no DB functions). */
    public static Pbx standard(CoreLoop core, SystemStatus status, AsteriskSettings asterisk, AstDb astDb) {
        FunctionRegistry functions = BuiltinFunctions.registerAll(new FunctionRegistry());
        ChannelFunctions.registerAll(functions, astDb);
        DialplanRuntime runtime = DialplanRuntime.builder(core.clock())
                .functions(functions)
                .liveDangerously(asterisk.liveDangerously())
                .build();
        Pbx pbx = new Pbx(core, status, runtime, Dialplan.empty(runtime.systemZone()), asterisk);
        CoreApplications.registerAll(pbx.applications());
        MoreApplications.registerAll(pbx.applications());
        pbx.registerDriver(new LocalDriver(pbx));
        pbx.registerDriver(new PjsipDriver(pbx));
        StateFunctions.registerAll(pbx);
        org.switchboard.pbx.apps.dial.DialApplications.registerAll(pbx);
        return pbx;
    }
}
