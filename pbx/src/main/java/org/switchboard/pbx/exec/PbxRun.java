package org.switchboard.pbx.exec;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.apps.BusyTone;
import org.switchboard.pbx.channel.DigitWait;
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

    /** AST_PBX_ERROR: an application failed; the {@code e} extension handles it when there is one. */
    public static final int ERROR = 1;
    /** AST_PBX_INCOMPLETE: the extension dialled so far is incomplete (Incomplete()). */
    public static final int INCOMPLETE = 12;
    /** The size of __ast_pbx_run's digit buffer (dst_exten) less its terminator. */
    private static final int MAX_DIGITS = 255;

    private final Pbx pbx;
    private final SimChannel channel;
    /** ast_pbx rtimeoutms: the response timeout (TIMEOUT(response), WaitExten's default). */
    private long responseTimeoutMs = 10_000;
    /** ast_pbx dtimeoutms: the time allowed between digits (TIMEOUT(digit)). */
    private long digitTimeoutMs = 5_000;
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
        pbx.status().callStarted();
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

    /** TIMEOUT(response) in milliseconds (10 s unless changed). */
    public long responseTimeoutMs() {
        return responseTimeoutMs;
    }

    public void responseTimeoutMs(long ms) {
        responseTimeoutMs = ms;
    }

    /** TIMEOUT(digit) in milliseconds (5 s unless changed). */
    public long digitTimeoutMs() {
        return digitTimeoutMs;
    }

    public void digitTimeoutMs(long ms) {
        digitTimeoutMs = ms;
    }

    private void loop() {
        while (running) {
            FindResult found = pbx.dialplan().find(channel.context(), channel.exten(), channel.priority(), null,
                    callerNumber(), MatchMode.MATCH, pbx.clock().now());
            if (!found.found()) {
                // ast_spawn_extension found nothing: res -1, found 0
                afterFailure("", false, false, -1, false);
                return;
            }
            CompletionStage<Integer> stage = execute(found.priority());
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
        if (res == 0) {
            if (!channel.checkHangup()) {
                channel.setPriority(channel.priority() + 1);
                return proceed(resume);
            }
            return continueAfterSoftHangup(resume);
        }
        if (isDigit(res)) {
            // an application returned a digit: it starts an extension to dial (Background, WaitExten)
            afterFailure(String.valueOf((char) res), true, false, res, true);
            return false;
        }
        if (res == INCOMPLETE) {
            Verbose.log(log, 2, "Spawn extension (" + channel.context() + ", " + channel.exten() + ", "
                    + channel.priority() + ") exited INCOMPLETE on '" + channel.name() + "'");
            if (!pbx.dialplan().matchMore(channel.context(), channel.exten(), 1, callerNumber(), pbx.clock().now())) {
                afterFailure("", false, true, res, true);
            } else {
                afterFailure(channel.exten(), true, false, res, true);
            }
            return false;
        }
        Verbose.log(log, 2, "Spawn extension (" + channel.context() + ", " + channel.exten() + ", "
                + channel.priority() + ") exited non-zero on '" + channel.name() + "'");
        if (res == ERROR && exists("e")) {
            if (channel.exten().equals("e")) {
                Verbose.log(log, 2, "Spawn extension (" + channel.context() + ", " + channel.exten() + ", "
                        + channel.priority() + ") exited ERROR while already on 'e' exten on '" + channel.name() + "'");
                end(true, true);
                return false;
            }
            DialplanException.raise(channel, "ERROR", 1);
            return proceed(resume);
        }
        return continueAfterSoftHangup(resume);
    }

    /** An async goto (Redirect) or a handled absolute timeout goes on; anything else ends the run. */
    private boolean continueAfterSoftHangup(boolean resume) {
        if ((channel.softHangupFlags() & SoftHangup.ASYNCGOTO) != 0) {
            channel.clearSoftHangup(SoftHangup.ASYNCGOTO);
            return proceed(resume);
        }
        if ((channel.softHangupFlags() & SoftHangup.TIMEOUT) != 0 && absoluteTimeoutHandled()) {
            return proceed(resume);
        }
        end(true, true);
        return false;
    }

    /** An AbsoluteTimeout fired: on to {@code T}, or to {@code e} as ABSOLUTETIMEOUT; false when neither exists. */
    private boolean absoluteTimeoutHandled() {
        if (exists("T")) {
            channel.setLocation(channel.context(), "T", 1);
        } else if (exists("e")) {
            DialplanException.raise(channel, "ABSOLUTETIMEOUT", 1);
        } else {
            return false;
        }
        // without resetting the absolute timeout the channel would loop there
        channel.setAbsoluteTimeout(0);
        channel.clearSoftHangup(SoftHangup.TIMEOUT);
        return true;
    }

    private boolean proceed(boolean resume) {
        if (resume) {
            loop();
            return false;
        }
        return true;
    }

    /**
     * The second half of __ast_pbx_run's outer loop: the extension or priority does not exist, or
     * digits were dialled ({@code dialled} holds them). Goes to {@code i}, {@code e} or {@code t},
     * collects more digits, falls through, or ends the run; always continues asynchronously.
     *
     * @param digit   digits were pressed (the digit timeout applies)
     * @param invalid the extension is known to be invalid (an INCOMPLETE that cannot match more)
     * @param found   ast_spawn_extension found the priority (for "Don't know what to do")
     */
    private void afterFailure(String dialled, boolean digit, boolean invalid, int res, boolean found) {
        if (invalid || (dialled.isEmpty() && !exists(channel.exten()))) {
            if (exists("i")) {
                Verbose.log(log, 3, "Channel '" + channel.name() + "' sent to invalid extension: context,exten,priority="
                        + channel.context() + "," + channel.exten() + "," + channel.priority());
                channel.set("INVALID_EXTEN", channel.exten());
                channel.setLocation(channel.context(), "i", 1);
            } else if (exists("e")) {
                DialplanException.raise(channel, "INVALID", 1);
            } else {
                log.warn("Channel '{}' sent to invalid extension but no invalid handler: context,exten,priority={},{},{}",
                        channel.name(), channel.context(), channel.exten(), channel.priority());
                end(found, true);
                return;
            }
            loop();
            return;
        }
        if ((channel.softHangupFlags() & SoftHangup.TIMEOUT) != 0) {
            channel.clearSoftHangup(SoftHangup.TIMEOUT);
            loop();
            return;
        }
        long waitMs = digit ? digitTimeoutMs : !pbx.dialplan().options().autoFallthrough() ? responseTimeoutMs : 0;
        if (waitMs == 0) {
            autoFallthrough();
            return;
        }
        collectDigits(new StringBuilder(dialled), waitMs).whenComplete((ok, err) -> {
            if (!Boolean.TRUE.equals(ok)) {
                end(found, false);
                return;
            }
            afterDigits(dialled, res, found);
        });
    }

    /** What the collected digits lead to: their extension, {@code i}/{@code e}, or {@code t}/{@code e}. */
    private void afterDigits(String before, int res, boolean found) {
        String dialled = collected;
        boolean timeout = res == INCOMPLETE && dialled.length() == before.length();
        if (!timeout && !dialled.isEmpty() && exists(dialled)) {
            channel.setLocation(channel.context(), dialled, 1);
        } else if (!timeout && !dialled.isEmpty()) {
            if (exists("i")) {
                Verbose.log(log, 3, "Invalid extension '" + dialled + "' in context '" + channel.context() + "' on "
                        + channel.name());
                channel.set("INVALID_EXTEN", dialled);
                channel.setLocation(channel.context(), "i", 1);
            } else if (exists("e")) {
                DialplanException.raise(channel, "INVALID", 1);
            } else {
                log.warn("Invalid extension '{}', but no rule 'i' or 'e' in context '{}'", dialled, channel.context());
                end(true, false);
                return;
            }
        } else if (exists("t")) {
            Verbose.log(log, 3, "Timeout on " + channel.name());
            channel.setLocation(channel.context(), "t", 1);
        } else if (exists("e")) {
            DialplanException.raise(channel, "RESPONSETIMEOUT", 1);
        } else {
            log.warn("Timeout, but no rule 't' or 'e' in context '{}'", channel.context());
            end(true, false);
            return;
        }
        loop();
    }

    /** The digits collect_digits gathered, read by {@link #afterDigits}. */
    private String collected = "";

    /**
     * collect_digits: while more digits could still make an extension, waits for one (the first
     * wait {@code waitMs}, the next ones the digit timeout). Completes with false on a hangup.
     */
    private CompletableFuture<Boolean> collectDigits(StringBuilder dialled, long waitMs) {
        collected = dialled.toString();
        if (!pbx.dialplan().matchMore(channel.context(), collected, 1, callerNumber(), pbx.clock().now())) {
            return CompletableFuture.completedFuture(true);
        }
        return DigitWait.waitForDigit(channel, waitMs, null).thenCompose(d -> {
            if ((channel.softHangupFlags() & SoftHangup.ASYNCGOTO) != 0) {
                channel.clearSoftHangup(SoftHangup.ASYNCGOTO);
                return collectDigits(dialled, waitMs);
            }
            if (d == 0) {
                return CompletableFuture.completedFuture(true);
            }
            if (d < 0) {
                return CompletableFuture.completedFuture(false);
            }
            if (dialled.length() < MAX_DIGITS) {
                dialled.append((char) d.intValue());
            }
            return collectDigits(dialled, digitTimeoutMs);
        });
    }

    private static boolean isDigit(int res) {
        return res > 0 && res < 128 && "0123456789ABCDEF*#".indexOf((char) res) >= 0;
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
            end(false, true);
            return;
        }
        tone.indicate(channel, "10").whenComplete((r, e) -> end(false, true));
    }

    private boolean exists(String exten) {
        return pbx.dialplan().find(channel.context(), exten, 1, null, callerNumber(), MatchMode.MATCH,
                pbx.clock().now()).found();
    }

    /**
     * pbx_extension_helper + pbx_exec: substitute, announce (Newexten), run, restore appl/data.
     * An unknown application is a warning and -1; a pending async goto skips the application.
     */
    private CompletionStage<Integer> execute(Priority priority) {
        String appName = priority.app();
        Application app = pbx.applications().find(appName).orElse(null);
        if (app == null) {
            log.warn("No application '{}' for extension ({}, {}, {})", appName, channel.context(), channel.exten(),
                    channel.priority());
            return Application.HANGUP;
        }
        if ((channel.softHangupFlags() & SoftHangup.ASYNCGOTO) != 0) {
            return Application.CONTINUE;
        }
        // the verbose line names the context asked for, not the included one the priority is in
        return Exec.run(pbx, channel, app, priority.appData(), channel.context());
    }

    /**
     * The loop is over: "Don't know what to do" unless something was found or an error handled,
     * then the APPUNLOAD soft hangup and the {@code h} extension.
     */
    private void end(boolean found, boolean error) {
        if (!found && !error) {
            log.warn("Don't know what to do with '{}'", channel.name());
        }
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
            CompletableFuture<Integer> f = execute(found.priority()).toCompletableFuture();
            if (!f.isDone()) {
                f.whenComplete((res, err) -> {
                    if (res != null && res == 0) {
                        channel.setPriority(channel.priority() + 1);
                        hLoop();
                    } else {
                        hExtensionFailed();
                    }
                });
                return;
            }
            if (f.getNow(-1) != 0) {
                hExtensionFailed();
                return;
            }
            channel.setPriority(channel.priority() + 1);
        }
    }

    private void hExtensionFailed() {
        Verbose.log(log, 2, "Spawn extension (" + channel.context() + ", " + channel.exten() + ", "
                + channel.priority() + ") exited non-zero on '" + channel.name() + "'");
        finish();
    }

    /** ast_pbx_hangup_handler_run, then the owner's end of the run. */
    private void finish() {
        org.switchboard.pbx.stack.HangupHandlers.runAll(pbx, channel).whenComplete((v, e) -> {
            channel.attach(PbxRun.class, null);
            pbx.status().callEnded();
            onEnd.accept(this);
        });
    }

    private String callerNumber() {
        return channel.caller().numberValid() ? channel.caller().number() : null;
    }
}
