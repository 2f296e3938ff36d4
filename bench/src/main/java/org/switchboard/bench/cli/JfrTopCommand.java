package org.switchboard.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.switchboard.bench.profile.JfrTopFrames;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "jfr-top", mixinStandardHelpOptions = true,
        description = "Summarise the jdk.ExecutionSample events of a JFR recording: top self frames, top frames on "
                + "the stack, first frame in a package of interest, and threads.")
final class JfrTopCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The .jfr file.")
    Path file;

    @Option(names = "--focus", defaultValue = "org.switchboard.",
            description = "Package prefix of the code of interest (default: ${DEFAULT-VALUE}).")
    String focus;

    @Option(names = "--top", defaultValue = "25", description = "Rows per table (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--event", defaultValue = "jdk.ExecutionSample",
            description = "Sample event to sum: jdk.ExecutionSample (Java code) or jdk.NativeMethodSample "
                    + "(native code, waits included) (default: ${DEFAULT-VALUE}).")
    String event;

    @Override
    public Integer call() throws IOException {
        JfrTopFrames.Summary s = JfrTopFrames.summarise(file, event, focus, top);
        PrintWriter out = spec.commandLine().getOut();
        out.println("event=" + event + " samples=" + s.samples());
        table(out, "threads", s.threads());
        table(out, "self (top frame)", s.self());
        table(out, "first " + focus + " frame", s.focus());
        table(out, "total (on the stack)", s.total());
        out.flush();
        return 0;
    }

    private static void table(PrintWriter out, String title, List<JfrTopFrames.Row> rows) {
        out.println();
        out.println("## " + title);
        for (JfrTopFrames.Row r : rows) {
            out.println(String.format(Locale.ROOT, "%6.2f%% %7d  %s", r.percent(), r.samples(), r.name()));
        }
    }
}
