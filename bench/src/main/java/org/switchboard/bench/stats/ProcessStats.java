package org.switchboard.bench.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time and resident memory of a process, read from Linux's /proc. CPU comes from
 * {@code /proc/<pid>/stat} (utime + stime, in USER_HZ ticks, which the kernel ABI fixes at 100 per
 * second); memory from {@code VmRSS} in {@code /proc/<pid>/status}.
 */
public final class ProcessStats {
    private static final double TICKS_PER_SECOND = 100.0;

    private final long pid;

    public ProcessStats(long pid) {
        this.pid = pid;
    }

    /** The process running this tool. */
    public static ProcessStats self() {
        return new ProcessStats(ProcessHandle.current().pid());
    }

    public long pid() {
        return pid;
    }

    /**
     * CPU seconds all processes on this machine have used so far: user, nice and system time of
     * the {@code cpu} line of /proc/stat. Interrupt and softirq time are left out because the
     * kernel does much of the loopback traffic of a run there without charging it to either end.
     * Comparing it with the server's and the client's own CPU over a run shows how much of the
     * machine other work took meanwhile.
     */
    public static double machineBusySeconds() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = first.trim().split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]);
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read /proc/stat: " + e.getMessage(), e);
        }
    }

    /** User plus system CPU seconds used so far. */
    public double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold blanks and parentheses: fields restart after the last ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long utime = Long.parseLong(f[11]);
            long stime = Long.parseLong(f[12]);
            return (utime + stime) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid + ": " + e.getMessage(), e);
        }
    }

    /** Resident set size in bytes. */
    public long rssBytes() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            for (String line : lines) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
            throw new IllegalStateException("no VmRSS line");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the memory of process " + pid + ": " + e.getMessage(), e);
        }
    }
}
