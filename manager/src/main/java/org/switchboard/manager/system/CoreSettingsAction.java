package org.switchboard.manager.system;

import java.util.Locale;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.AmiVersions;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.action.ActionIdLine;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.settings.GeneralSettings;
import org.switchboard.pbx.core.AsteriskSettings;

/**
 * CoreSettings (spec 01 §9.2): the fixed header list asterisk-java reads the version from.
 * Asterisk prints the ActionID through a 150-byte buffer here.
 */
final class CoreSettingsAction implements ActionHandler {
    @Override public String name() { return "CoreSettings"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "Show PBX core settings (version etc)."; }

    private final CdrSetting cdr;

    CoreSettingsAction(CdrSetting cdr) {
        this.cdr = cdr;
    }

    /** Whether CDR is enabled (cdr.conf [general] enable), read at start-up and reload. */
    public interface CdrSetting {
        boolean enabled();
    }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        ManagerRuntime rt = ctx.runtime();
        AsteriskSettings a = rt.asterisk();
        GeneralSettings g = rt.settings().general();
        ctx.send("Response: Success\r\n"
                + ActionIdLine.truncated(ctx.actionId(), 150)
                + "AMIversion: " + AmiVersions.AMI_VERSION + "\r\n"
                + "AsteriskVersion: " + AmiVersions.ASTERISK_VERSION + "\r\n"
                + "SystemName: " + a.systemName() + "\r\n"
                + "CoreMaxCalls: " + a.maxCalls() + "\r\n"
                + "CoreMaxLoadAvg: " + String.format(Locale.ROOT, "%f", a.maxLoad()) + "\r\n"
                + "CoreRunUser: " + a.runUser() + "\r\n"
                + "CoreRunGroup: " + a.runGroup() + "\r\n"
                + "CoreMaxFilehandles: " + a.maxFiles() + "\r\n"
                + "CoreRealTimeEnabled: No\r\n"
                + "CoreCDRenabled: " + yesNo(cdr.enabled()) + "\r\n"
                + "CoreHTTPenabled: " + yesNo(g.enabled() && g.webEnabled()) + "\r\n"
                + "SoundsSearchCustomDir: " + yesNo(a.soundsSearchCustomDir()) + "\r\n"
                + "\r\n");
        return DONE;
    }

    static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }
}
