package org.switchboard.manager.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.cli.CliOutcome;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.Ascii;

/**
 * Command (spec 01 §9.2; manager.c action_command): runs a CLI command on the core thread and
 * returns its output as {@code Output:} lines, Success or Error by the command's result.
 */
final class CommandAction implements ActionHandler {
    private static final String[][] BLACKLIST = {{"module", "load"}, {"module", "unload"}, {"restart", "gracefully"}};

    @Override public String name() { return "Command"; }
    @Override public int requiredWrite() { return PermissionClass.COMMAND.mask(); }
    @Override public String synopsis() { return "Execute Asterisk CLI Command."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String command = ctx.header("Command");
        if (command.isEmpty()) {
            ctx.reply(AmiResponse.error("No command provided"));
            return DONE;
        }
        if (blacklisted(command)) {
            ctx.reply(AmiResponse.error("Command blacklisted"));
            return DONE;
        }
        return ctx.onCore(() -> {
            CliOutcome outcome = ctx.runtime().cli().execute(command);
            ctx.reply(reply(outcome));
        });
    }

    static AmiResponse reply(CliOutcome outcome) {
        AmiResponse r = outcome.success() ? AmiResponse.startAck() : AmiResponse.bare(org.switchboard.protocol.ResponseType.ERROR);
        r = r.with("Message", "Command output follows");
        String text = stripTerminalCodes(outcome.output());
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        for (String line : text.split("\n", -1)) {
            r = r.with("Output", line);
        }
        return r;
    }

    /** manager.c check_blacklist: the first words, blanks ignored, compared ignoring case. */
    static boolean blacklisted(String command) {
        List<String> words = new ArrayList<>();
        for (String w : command.split(" ")) {
            String stripped = Ascii.strip(w);
            if (!stripped.isEmpty()) {
                words.add(stripped);
            }
            if (words.size() == 2) {
                break;
            }
        }
        for (String[] entry : BLACKLIST) {
            boolean match = words.size() >= entry.length;
            for (int i = 0; match && i < entry.length; i++) {
                match = Ascii.equalsIgnoreCase(words.get(i), entry[i]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** term_strip: drops ANSI escape sequences (ESC [ ... letter). */
    static String stripTerminalCodes(String s) {
        if (s.indexOf('\u001b') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001b' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < s.length() && !Character.isLetter(s.charAt(j))) {
                    j++;
                }
                i = j;
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
