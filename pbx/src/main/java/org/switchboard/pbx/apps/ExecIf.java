package org.switchboard.pbx.apps;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.func.LogicFunctions;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.exec.Exec;

/**
 * ExecIf(expr?app(args)[:app(args)]) (app_exec.c execif_exec), and the deprecated
 * ExecIf(expr,app,args).
 */
final class ExecIf implements Application {
    @Override
    public String name() {
        return "ExecIf";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        int comma = data.indexOf(',');
        int question = data.indexOf('?');
        String condition;
        String trueApp;
        String trueData;
        String falseApp = null;
        String falseData = null;
        if (question < 0 || (comma >= 0 && comma < question)) {
            AppArgs depr = AppArgs.standard(data, 3);
            ctx.log().warn("Deprecated syntax found.  Please upgrade to using ExecIf(<expr>?{}({}))",
                    depr.get(1), depr.get(2));
            condition = depr.getOrEmpty(0);
            trueApp = depr.get(1);
            trueData = depr.get(2);
        } else {
            condition = data.substring(0, question);
            String remainder = data.substring(question + 1);
            if (remainder.isEmpty()) {
                ctx.log().error("Usage: ExecIf(<expr>?<appiftrue>(<args>)[:<appiffalse>(<args)])");
                return HANGUP;
            }
            AppArgs apps = AppArgs.nonstandardRaw(remainder, ':', 2);
            String[] t = splitCall(apps.get(0));
            trueApp = t[0];
            trueData = t[1];
            if (apps.count() > 1) {
                String[] f = splitCall(apps.get(1));
                falseApp = f[0];
                falseData = f[1];
            }
        }
        if (LogicFunctions.checkCondition(condition)) {
            return run(ctx, trueApp, trueData);
        }
        if (falseApp != null && !falseApp.isEmpty()) {
            return run(ctx, falseApp, falseData);
        }
        return CONTINUE;
    }

    private static CompletionStage<Integer> run(AppContext ctx, String appName, String appData) {
        Application app = appName == null || appName.isEmpty() ? null
                : ctx.pbx().applications().find(appName).orElse(null);
        if (app == null) {
            ctx.log().warn("Could not find application! ({})", appName);
            return HANGUP;
        }
        return Exec.execute(ctx.pbx(), ctx.channel(), app, appData == null ? "" : appData);
    }

    /** "app(args)" into name and args (args up to the last ')'). */
    private static String[] splitCall(String call) {
        if (call == null) {
            return new String[] {null, null};
        }
        int open = call.indexOf('(');
        if (open < 0) {
            return new String[] {call, null};
        }
        String args = call.substring(open + 1);
        int close = args.lastIndexOf(')');
        return new String[] {call.substring(0, open), close < 0 ? args : args.substring(0, close)};
    }
}
