package org.switchboard.bench.mode;

import org.switchboard.bench.stats.ProcessStats;

/**
 * The part of a run that counts: it opens after the warm-up and closes after the measured
 * duration. It notes the wall time and the CPU time of this process and, when its pid is known,
 * of the server over exactly that span.
 */
final class MeasurementWindow {
    private final ProcessStats server;
    private final ProcessStats client = ProcessStats.self();
    private long openedAt;
    private long closedAt;
    private boolean open;
    private boolean closed;
    private double serverCpuAtOpen;
    private double serverCpu = Double.NaN;
    private double clientCpuAtOpen;
    private double clientCpu;
    private double machineAtOpen;
    private double machineCpu;

    MeasurementWindow(long serverPid) {
        this.server = serverPid > 0 ? new ProcessStats(serverPid) : null;
    }

    void open(long now) {
        openedAt = now;
        open = true;
        clientCpuAtOpen = client.cpuSeconds();
        machineAtOpen = ProcessStats.machineBusySeconds();
        if (server != null) {
            serverCpuAtOpen = server.cpuSeconds();
        }
    }

    void close(long now) {
        if (!open || closed) {
            return;
        }
        closedAt = now;
        closed = true;
        clientCpu = client.cpuSeconds() - clientCpuAtOpen;
        machineCpu = ProcessStats.machineBusySeconds() - machineAtOpen;
        if (server != null) {
            serverCpu = server.cpuSeconds() - serverCpuAtOpen;
        }
    }

    /** True between open and close. */
    boolean counting() {
        return open && !closed;
    }

    boolean isOpen() {
        return open;
    }

    boolean isClosed() {
        return closed;
    }

    long openedAt() {
        return openedAt;
    }

    double seconds() {
        return closed ? (closedAt - openedAt) / 1e9 : 0;
    }

    /** Server CPU seconds in the window; NaN when the server's pid was not given. */
    double serverCpuSeconds() {
        return serverCpu;
    }

    double clientCpuSeconds() {
        return clientCpu;
    }

    /**
     * CPU seconds the rest of the machine used in the window: all busy time minus this process
     * and (when known) the server. Near zero on a quiet machine; when it is not, other work
     * competed for the cores and the figures are low.
     */
    double otherCpuSeconds() {
        double ours = clientCpu + (Double.isNaN(serverCpu) ? 0 : serverCpu);
        return Math.max(0, machineCpu - ours);
    }

    static double perSecond(long count, double seconds) {
        return seconds > 0 ? count / seconds : 0;
    }
}
