package org.switchboard.manager.cli.commands;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.Transport;

/** {@code manager show connected} (spec 01 §10; manager.c handle_showmanconn). */
final class ManagerShowConnected extends ManagerCommand {
    ManagerShowConnected(ManagerRuntime runtime) {
        super(runtime, "manager show connected", "List connected manager interface users",
                "Usage: manager show connected\n\tPrints a listing of the users that are currently connected to the\n"
                        + "Asterisk manager interface.\n");
    }

    @Override
    public CliResult execute(CliInvocation out) {
        out.print("  " + CFormat.left("Username", 15, 15) + "  " + CFormat.left("IP Address", 55, 55)
                + "  " + CFormat.left("Start", 10, 10) + "  " + CFormat.left("Elapsed", 10, 10)
                + "  " + CFormat.left("FileDes", 8, 8) + "  " + CFormat.left("HttpCnt", 8, 8)
                + "  " + CFormat.left("ReadPerms", 10, 10) + "  " + CFormat.left("WritePerms", 10, 10) + "\n");
        long now = runtime.clock().now().getEpochSecond();
        int count = 0;
        for (AmiSession s : runtime.sessions().all()) {
            long start = s.sessionStart() == null ? 0 : s.sessionStart().getEpochSecond();
            int fd = s.transport() == Transport.HTTP ? -1 : s.descriptor();
            out.print("  " + CFormat.left(s.username(), 15, 15)
                    + "  " + CFormat.left(NumericAddress.format(s.remote().getAddress()), 55, 55)
                    + "  " + CFormat.number((int) start, 10, 0)
                    + "  " + CFormat.number((int) (now - start), 10, 0)
                    + "  " + CFormat.number(fd, 8, 0)
                    + "  " + CFormat.number(s.output().requestsInUse(), 8, 0)
                    + "  " + CFormat.number(s.readPerm(), 10, 10)
                    + "  " + CFormat.number(s.writePerm(), 10, 10) + "\n");
            count++;
        }
        out.print(count + " users connected.\n");
        return CliResult.SUCCESS;
    }
}
