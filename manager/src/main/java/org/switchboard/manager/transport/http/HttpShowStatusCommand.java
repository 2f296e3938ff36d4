package org.switchboard.manager.transport.http;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;

/** {@code http show status} (http.c handle_show_http): the server, its URIs, redirects and path restrictions. */
public final class HttpShowStatusCommand implements CliCommand {
    private static final String DASH_LINE = "-".repeat(45);

    private final AmiHttpServer server;

    public HttpShowStatusCommand(AmiHttpServer server) {
        this.server = server;
    }

    @Override
    public String command() {
        return "http show status";
    }

    @Override
    public String summary() {
        return "Display HTTP server status";
    }

    @Override
    public String usage() {
        return "Usage: http show status\n       Lists status of internal HTTP engine\n";
    }

    @Override
    public CliResult execute(CliInvocation out) {
        if (out.words().size() != 3) {
            return CliResult.SHOWUSAGE;
        }
        HttpSettings s = server.settings();
        out.print("HTTP Server Status:\n");
        out.print("Prefix: " + s.prefix() + "\n");
        out.print("Server: " + s.serverName() + "\n");
        Optional<InetSocketAddress> plain = server.plainAddress();
        if (plain.isEmpty()) {
            out.print("Server Disabled\n\n");
        } else {
            out.print("Server Enabled and Bound to " + format(plain.get()) + "\n\n");
            if (s.tls().enabled()) {
                out.print("HTTPS Server Enabled and Bound to "
                        + server.tlsAddress().map(HttpShowStatusCommand::format).orElse("(null)") + "\n\n");
            }
        }
        out.print("Enabled URI's:\n");
        List<String> uris = server.enabledUris();
        if (uris.isEmpty()) {
            out.print("None.\n");
        } else {
            uris.forEach(u -> out.print(u + "\n"));
        }
        out.print("\nEnabled Redirects:\n");
        if (s.redirects().isEmpty()) {
            out.print("  None.\n");
        } else {
            s.redirects().forEach(r -> out.print("  " + r.target() + " => " + r.destination() + "\n"));
        }
        out.print("\nPath Restrictions:\n");
        if (s.restrictions().isEmpty()) {
            out.print("  None.\n");
        } else {
            for (PathRestriction r : s.restrictions()) {
                out.print("  Path: " + r.path() + "\n");
                if (r.acl().isEmpty()) {
                    out.print("    No ACL configured\n");
                } else {
                    // acl.c ast_acl_output: the prefix goes before the name and rule lines, not the dashes
                    for (String line : r.acl().dumpLines()) {
                        out.print((line.equals(DASH_LINE) ? "" : "    ") + line + "\n");
                    }
                }
            }
        }
        return CliResult.SUCCESS;
    }

    /** ast_sockaddr_stringify: {@code 127.0.0.1:8088}, {@code [::1]:8088}. */
    static String format(InetSocketAddress a) {
        String host = NumericAddress.format(a.getAddress());
        return (a.getAddress() instanceof Inet6Address && host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }
}
