package org.switchboard.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Sums a JFR recording's {@code jdk.ExecutionSample} events (what {@code jfr print --events
 * jdk.ExecutionSample} lists) into the few tables a profile summary needs: the methods samples
 * were taken in (self), the methods on the stack (total, each counted once per sample), the
 * first frame inside a package of interest, and the threads. Execution samples see threads
 * running Java code only; {@code jdk.NativeMethodSample} (threads in native code: system calls,
 * and waiting) can be summed the same way.
 */
public final class JfrTopFrames {

    /** One row: a method (or thread) and the share of samples it has. */
    public record Row(String name, long samples, double percent) { }

    /** The tables; {@code samples} is the number of execution samples read. */
    public record Summary(long samples, List<Row> self, List<Row> total, List<Row> focus, List<Row> threads) { }

    private JfrTopFrames() { }

    /** Execution samples of {@code file}; {@code focusPrefix} (e.g. {@code org.switchboard.}) picks the focus frames. */
    public static Summary summarise(Path file, String focusPrefix, int top) throws IOException {
        return summarise(file, "jdk.ExecutionSample", focusPrefix, top);
    }

    /** The samples named {@code eventName} (jdk.ExecutionSample or jdk.NativeMethodSample) of {@code file}. */
    public static Summary summarise(Path file, String eventName, String focusPrefix, int top) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> focus = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        long samples = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                if (!e.getEventType().getName().equals(eventName)) {
                    continue;
                }
                RecordedStackTrace stack = e.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                RecordedThread thread = e.getThread("sampledThread");
                threads.merge(threadGroupName(thread), 1L, Long::sum);
                List<RecordedFrame> frames = stack.getFrames();
                self.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                boolean focusFound = false;
                for (RecordedFrame f : frames) {
                    String m = name(f.getMethod());
                    if (seen.add(m)) {
                        total.merge(m, 1L, Long::sum);
                    }
                    if (!focusFound && m.startsWith(focusPrefix)) {
                        focus.merge(m, 1L, Long::sum);
                        focusFound = true;
                    }
                }
                if (!focusFound) {
                    focus.merge("(no " + focusPrefix + " frame)", 1L, Long::sum);
                }
            }
        }
        return new Summary(samples, rows(self, samples, top), rows(total, samples, top), rows(focus, samples, top),
                rows(threads, samples, top));
    }

    /** Thread names without their trailing numbers, so that a pool reads as one line. */
    private static String threadGroupName(RecordedThread t) {
        if (t == null) {
            return "?";
        }
        String name = t.getJavaName() != null ? t.getJavaName() : t.getOSName();
        return name == null ? "?" : name.replaceAll("[-#]?\\d+(-\\d+)*$", "-N");
    }

    private static String name(RecordedMethod m) {
        if (m == null) {
            return "?";
        }
        return m.getType().getName() + "." + m.getName();
    }

    private static List<Row> rows(Map<String, Long> counts, long samples, int top) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> {
            int c = Long.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < Math.min(top, sorted.size()); i++) {
            Map.Entry<String, Long> e = sorted.get(i);
            out.add(new Row(e.getKey(), e.getValue(), samples == 0 ? 0 : 100.0 * e.getValue() / samples));
        }
        return out;
    }
}
