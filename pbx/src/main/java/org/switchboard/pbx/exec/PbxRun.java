package org.switchboard.pbx.exec;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.apps.BusyTone;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.dialplan.FindResult;
import org.switchboard.pbx.dialplan.Priority;
import org.switchboard.pbx.dialplan.pattern.MatchMode;
import org.switchboard.pbx.log.Verbose;

/**
 * A channel running dialplan (pbx.c __ast_pbx_run): priority after priority until an application
 * ends the call or the extension runs out; async gotos (Redirect) and absolute timeouts are
 * honoured between applications. At the end the channel is soft-hung-up with APPUNLOAD
 * (SoftHangupRequest, Cause 16), the {@code h} extension runs if there is one, and the owner
 * decides whether to hang the channel up.
 *
 * <p>Applications complete asynchronously; runs of applications that complete at once are
 * executed in a loop, not by recursion.
 */
public final class PbxRun {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private final Pbx pbx;
    private final SimChannel channel;
    private final Consumer<PbxRun> onEnd;
    private boolean running;
    private boolean inHangupExten;

    private PbxRun(Pbx pbx, SimChannel channel, Consumer<PbxRun> onEnd) {
        this.pbx = pbx;
        this.channel = channel;
        this.onEnd = onEnd;
    }

    /**
     * ast_pbx_start: runs dialplan on {@code channel} from its current location; when the run
     * ends the channel is hung up (pbx_thread).
     */
    public static PbxRun start(Pbx pbx, SimChannel channel) {
        return start(pbx, channel, run -> channel.hangup());
    }

    /** As {@link #start(Pbx, SimChannel)}, with the caller deciding what happens at the end. */
    public static PbxRun start(Pbx pbx, SimChannel channel, Consumer<PbxRun> onEnd) {
        PbxRun run = new PbxRun(pbx, channel, onEnd);
        channel.attach(PbxRun.class, run);
        channel.inAutoloop(true);
        run.running = true;
        pbx.core().execute(run::loop);
        return run;
    }

    /** The run on a channel, if it runs dialplan. */
    public static PbxRun of(SimChannel channel) {
        return channel.attachment(PbxRun.class);
    }

    public SimChannel channel() {
        return channel;
    }

    public boolean running() {
        return running;
    }

    private void loop() {
        while (running) {
            FindResult found = pbx.dialplan().find(channel.context(), channel.exten(), channel.priority(), null,
                    callerNumber(), MatchMode.MATCH, pbx.clock().now());
            if (!found.found()) {
                notFound();
                return;
            }
            CompletionStage<Integer> stage = execute(found.priority(), found.foundContext());
            CompletableFuture<Integer> f = stage.toCompletableFuture();
            if (!f.isDone()) {
                f.whenComplete((res, err) -> afterApplication(res == null ? -1 : res, true));
                return;
            }
            if (!afterApplication(f.getNow(-1), false)) {
                return;
            }
        }
    }

    /**
     * What __ast_pbx_run does with an application's result. Returns true when the loop should
     * go on directly (the caller is the loop itself); resumes the loop when called later.
     */
    private boolean afterApplication(int res, boolean resume) {
        if (res == 0 && !channel.checkHangup()) {
            channel.setPriority(channel.priority() + 1);
            return proceed(resume);
        }
        if ((channel.softHangupFlags() & SoftHangup.ASYNCGOTO) != 0) {
            channel.clearSoftHangup(SoftHangup.ASYNCGOTO);
            return proceed(resume);
        }
        if ((channel.softHangupFlags() & SoftHangup.TIMEOUT) != 0 && exists("T")) {
            channel.setLocation(channel.context(), "T", 1);
            channel.setAbsoluteTimeout(0);
            channel.clearSoftHangup(SoftHangup.TIMEOUT);
            return proceed(resume);
        }
        if (res != 0) {
            Verbose.log(log, 2, "Spawn extension (" + channel.context() + ", " + channel.exten() + ", "
                    + channel.priority() + ") exited non-zero on '" + channel.name() + "'");
        }
        end();
        return false;
    }

    private boolean proceed(boolean resume) {
        if (resume) {
            loop();
            return false;
        }
        return true;
    }

    /** An extension or priority that does not exist (pbx.c: the invalid/timeout handling). */
    private void notFound() {
        if (!exists(channel.exten())) {
            if (exists("i")) {
                Verbose.log(log, 3, "Channel '" + channel.name() + "' sent to invalid extension: context,exten,priority="
                        + channel.context() + "," + channel.exten() + "," + channel.priority());
                channel.set("INVALID_EXTEN", channel.exten());
                channel.setLocation(channel.context(), "i", 1);
                loop();
                return;
            }
            log.warn("Channel '{}' sent to invalid extension but no invalid handler: context,exten,priority={},{},{}",
                    channel.name(), channel.context(), channel.exten(), channel.priority());
            end();
            return;
        }
        if ((channel.softHangupFlags() & SoftHangup.TIMEOUT) != 0) {
            channel.clearSoftHangup(SoftHangup.TIMEOUT);
            end();
            return;
        }
        autoFallthrough();
    }

    /**
     * The extension ran out of priorities: a failed Dial's status is still signalled to the
     * caller (congestion or busy for 10 seconds) before the run ends.
     */
    private void autoFallthrough() {
        String status = channel.get("DIALSTATUS");
        if (status == null) {
            status = "UNKNOWN";
        }
        Verbose.log(log, 3, "Auto fallthrough, channel '" + channel.name() + "' status is '" + status + "'");
        BusyTone tone = null;
        if (status.equalsIgnoreCase("CONGESTION") || status.equalsIgnoreCase("CHANUNAVAIL")) {
            tone = BusyTone.congestionTone();
        } else if (status.equalsIgnoreCase("BUSY")) {
            tone = BusyTone.busyTone();
        }
        if (tone == null) {
            end();
            return;
        }
        tone.indicate(channel, "10").whenComplete((r, e) -> end());
    }

    private boolean exists(String exten) {
        return pbx.dialplan().find(channel.context(), exten, 1, null, callerNumber(), MatchMode.MATCH,
                pbx.clock().now()).found();
    }

    /** pbx_extension_helper + pbx_exec: substitute, announce (Newexten), run, restore appl/data. */
    private CompletionStage<Integer> execute(Priority priority, String context) {
        String appName = priority.app();
        Application app = pbx.applications().find(appName).orElse(null);
        if (app == null) {
            log.warn("No application '{}' for extension ({}, {}, {})", appName, channel.context(), channel.exten(),
                    channel.priority());
            return Application.HANGUP;
        }
        return Exec.run(pbx, channel, app, priority.appData(), context);
    }

    private void end() {
        running = false;
        channel.inAutoloop(false);
        channel.softHangup(SoftHangup.APPUNLOAD);
        if (!inHangupExten && exists("h")) {
            runHangupExtension();
            return;
        }
        finish();
    }

    /** ast_pbx_h_exten_run: runs h,1... to its end; its results are ignored. */
    private void runHangupExtension() {
        inHangupExten = true;
        channel.softHangupQuietly(SoftHangup.HANGUP_EXEC);
        channel.setLocation(channel.context(), "h", 1);
        channel.publishSnapshot();
        hLoop();
    }

    private void hLoop() {
        while (true) {
            FindResult found = pbx.dialplan().find(channel.context(), "h", channel.priority(), null, callerNumber(),
                    MatchMode.MATCH, pbx.clock().now());
            if (!found.found()) {
                finish();
                return;
            }
            CompletableFuture<Integer> f = execute(found.priority(), found.foundContext()).toCompletableFuture();
            if (!f.isDone()) {
                f.whenComplete((res, err) -> {
                    if (res != null && res == 0) {
                        channel.setPriority(channel.priority() + 1);
                        hLoop();
                    } else {
                        finish();
                    }
                });
                return;
            }
            if (f.getNow(-1) != 0) {
                finish();
                return;
            }
            channel.setPriority(channel.priority() + 1);
        }
    }

    private void finish() {
        channel.attach(PbxRun.class, null);
        onEnd.accept(this);
    }

    private String callerNumber() {
        return channel.caller().numberValid() ? channel.caller().number() : null;
    }
}
