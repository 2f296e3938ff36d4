package org.switchboard.manager.cli.commands;

import java.net.InetSocketAddress;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.manager.settings.GeneralSettings;

/** {@code manager show settings} (spec 01 §10; manager.c handle_manager_show_settings). */
final class ManagerShowSettings extends ManagerCommand {
    ManagerShowSettings(ManagerRuntime runtime) {
        super(runtime, "manager show settings", "Show manager global settings",
                "Usage: manager show settings\n       Provides detailed list of the configuration of the Manager.\n");
    }

    @Override
    public CliResult execute(CliInvocation out) {
        if (out.words().size() != 3) {
            return CliResult.SHOWUSAGE;
        }
        GeneralSettings g = runtime.settings().general();
        out.print("\nGlobal Settings:\n");
        out.print("----------------\n");
        row(out, "Manager (AMI):", CFormat.yesNo(g.enabled()));
        row(out, "Web Manager (AMI/HTTP):", CFormat.yesNo(g.webEnabled()));
        row(out, "TCP Bindaddress:", g.enabled() ? stringify(g.bindAddress()) : "Disabled");
        out.print("  " + CFormat.left("HTTP Timeout (seconds):", 25, 25) + "  " + CFormat.left(Integer.toString(g.httpTimeout()), 15) + "\n");
        row(out, "TLS Enable:", CFormat.yesNo(g.tlsEnabled()));
        // a TLS listener without an address prints as ast_sockaddr_stringify's "(null)"
        row(out, "TLS Bindaddress:", g.tlsEnabled() ? g.tlsListenAddress().map(ManagerShowSettings::stringify).orElse("(null)")
                : "Disabled");
        row(out, "TLS Certfile:", g.tls().certFile());
        row(out, "TLS Privatekey:", g.tls().privateKeyFile());
        row(out, "TLS Cipher:", g.tls().cipher());
        row(out, "Allow multiple login:", CFormat.yesNo(g.allowMultipleLogin()));
        row(out, "Display connects:", CFormat.yesNo(g.displayConnects()));
        row(out, "Timestamp events:", CFormat.yesNo(g.timestampEvents()));
        out.print("  " + CFormat.left("Channel vars:", 25, 25) + "  " + g.channelVarsText() + "\n");
        out.print("  " + CFormat.left("Disabled events:", 25, 25) + "  " + g.disabledEvents() + "\n");
        row(out, "Debug:", CFormat.yesNo(runtime.managerDebug()));
        return CliResult.SUCCESS;
    }

    private static void row(CliInvocation out, String label, String value) {
        out.print("  " + CFormat.left(label, 25, 25) + "  " + CFormat.left(value, 15, 55) + "\n");
    }

    /** ast_sockaddr_stringify: {@code [v6]:port} or {@code v4:port}. */
    static String stringify(InetSocketAddress a) {
        String host = org.switchboard.manager.acl.NumericAddress.format(a.getAddress());
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }
}
