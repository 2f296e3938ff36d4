package org.switchboard.manager.cli.commands;

import java.util.Optional;

import org.switchboard.config.CNumbers;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.Transport;

/**
 * {@code manager kick session <fd>} (spec 01 §10; manager.c handle_kickmanconn). The descriptor
 * is the FileDes column of {@code manager show connected}.
 */
final class ManagerKickSession extends ManagerCommand {
    ManagerKickSession(ManagerRuntime runtime) {
        super(runtime, "manager kick session", "Kick a connected manager interface connection",
                "Usage: manager kick session <file descriptor>\n\tKick an active Asterisk Manager Interface session\n");
    }

    @Override
    public CliResult execute(CliInvocation out) {
        if (out.words().size() != 4) {
            return CliResult.SHOWUSAGE;
        }
        String arg = out.words().get(3);
        int fd = CNumbers.atoi(arg);
        if (fd <= 0) {
            out.print("Invalid AMI file descriptor: " + arg + "\n");
            return CliResult.FAILURE;
        }
        Optional<AmiSession> found = runtime.sessions().byDescriptor(fd)
                .filter(s -> s.transport() != Transport.HTTP);
        if (found.isEmpty()) {
            out.print("No manager session found using file descriptor " + fd + "\n");
            return CliResult.SUCCESS;
        }
        AmiSession s = found.get();
        if (s.kicked()) {
            out.print("Manager session using file descriptor " + fd + " has already been kicked\n");
            return CliResult.SUCCESS;
        }
        out.print("Kicking manager session connected using file descriptor " + fd + "\n");
        s.markKicked();
        s.output().closeAfterPending();
        return CliResult.SUCCESS;
    }
}
