package org.switchboard.pbx.dial;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelDriver;
import org.switchboard.pbx.channel.ChannelRequest;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.core.Cancellable;
import org.switchboard.pbx.event.DialStarted;
import org.switchboard.pbx.event.DialStatusChanged;
import org.switchboard.pbx.log.Verbose;

/**
 * Dialing one device with no calling channel, as Asterisk's dial API does for Originate
 * (main/dial.c): request the channel, mark it "AppDial2 (Outgoing Line)", call it, then follow its
 * frames until it answers, gives up or the timeout runs out. DialBegin/DialState/DialEnd are
 * published as dial.c publishes them (none on timeout).
 */
public final class OutboundDial {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private final Pbx pbx;
    private final String tech;
    private final String device;
    private final String uniqueId;
    private final String otherUniqueId;
    private SimChannel channel;
    private int cause;
    private boolean earlyMediaAnswers;
    private final CompletableFuture<DialResult> result = new CompletableFuture<>();
    private Cancellable timer;

    public OutboundDial(Pbx pbx, String tech, String device, String uniqueId, String otherUniqueId) {
        this.pbx = pbx;
        this.tech = tech;
        this.device = device;
        this.uniqueId = uniqueId;
        this.otherUniqueId = otherUniqueId;
    }

    /** pbx_outgoing_state_callback: early media (PROGRESS) counts as an answer. */
    public void earlyMediaAnswers(boolean on) {
        this.earlyMediaAnswers = on;
    }

    /** The dialed channel (null before {@link #prerun()} succeeded or once it is gone). */
    public SimChannel channel() {
        return channel;
    }

    /** The cause of the leg's failure, 0 when it did not fail with one (ast_dial_reason). */
    public int cause() {
        return cause;
    }

    /**
     * begin_dial_prerun: requests the channel and stages its AppDial2 application. False when the
     * technology is unknown or refused the request ({@link #cause()} says why).
     */
    public boolean prerun() {
        ChannelDriver driver = pbx.driver(tech).orElse(null);
        if (driver == null) {
            log.warn("No channel type registered for '{}'", tech);
            cause = HangupCause.CHAN_NOT_IMPLEMENTED;
            return false;
        }
        ChannelRequest.Result r = driver.request(new ChannelRequest(device, null, uniqueId, otherUniqueId));
        if (!r.ok()) {
            cause = r.cause();
            return false;
        }
        channel = r.channel();
        channel.stageSnapshot();
        channel.setApplication("AppDial2", "(Outgoing Line)");
        channel.setAbsoluteTimeout(0);
        channel.unstageSnapshot();
        return true;
    }

    /**
     * ast_dial_run: calls the channel and follows it. Completes on the core thread; on ANSWERED the
     * caller owns the answered channel ({@link #channel()}), otherwise it is gone.
     */
    public CompletableFuture<DialResult> run(Duration timeout) {
        if (channel == null) {
            result.complete(DialResult.FAILED);
            return result;
        }
        channel.markOutgoing();
        if (!channel.driver().call(channel, device)) {
            channel.hangup();
            channel = null;
            result.complete(DialResult.FAILED);
            return result;
        }
        pbx.publish(new DialStarted(null, channel.snapshot(), device));
        Verbose.log(log, 3, "Called " + device);
        if (timeout != null && !timeout.isNegative() && !timeout.isZero()) {
            timer = pbx.core().schedule(timeout, this::timedOut);
        }
        channel.reader(this::onFrame);
        return result;
    }

    private void onFrame(SimChannel c, Frame f) {
        if (result.isDone()) {
            return;
        }
        if (f.is(Control.HANGUP) || c.checkHangup()) {
            // ast_read gave nothing: the leg is gone
            dialStatus(dialStatusForCause(c.hangupCause()));
            dropChannel();
            finish(DialResult.UNANSWERED);
            return;
        }
        if (f.kind() != Frame.Kind.CONTROL) {
            return;
        }
        switch (f.control()) {
            case ANSWER:
                Verbose.log(log, 3, c.name() + " answered");
                dialStatus("ANSWER");
                c.reader(null);
                finish(DialResult.ANSWERED);
                break;
            case BUSY:
                Verbose.log(log, 3, c.name() + " is busy");
                dialStatus("BUSY");
                dropChannel();
                cause = HangupCause.USER_BUSY;
                finish(DialResult.UNANSWERED);
                break;
            case CONGESTION:
                Verbose.log(log, 3, c.name() + " is circuit-busy");
                dialStatus("CONGESTION");
                dropChannel();
                cause = HangupCause.CONGESTION;
                finish(DialResult.UNANSWERED);
                break;
            case RINGING:
                Verbose.log(log, 3, c.name() + " is ringing");
                dialStatus("RINGING");
                break;
            case PROGRESS:
                dialStatus("PROGRESS");
                Verbose.log(log, 3, c.name() + " is making progress");
                if (earlyMediaAnswers) {
                    Verbose.log(log, 4, "Treating progress as answer on '" + c.name() + "' due to early media option");
                    c.queueFrame(Frame.control(Control.ANSWER));
                }
                break;
            case PROCEEDING:
                dialStatus("PROCEEDING");
                Verbose.log(log, 3, c.name() + " is proceeding");
                break;
            default:
                break;
        }
    }

    /** handle_timeout_trip: the leg is hung up with NO_ANSWER; no DialEnd. */
    private void timedOut() {
        if (result.isDone() || channel == null) {
            return;
        }
        channel.setHangupCause(HangupCause.NO_ANSWER);
        dropChannel();
        cause = HangupCause.NO_ANSWER;
        finish(DialResult.TIMEOUT);
    }

    /** Stops dialing (the originator went away): DialEnd CANCEL, the leg is hung up. */
    public void cancel() {
        if (result.isDone() || channel == null) {
            return;
        }
        dialStatus("CANCEL");
        dropChannel();
        cause = HangupCause.NORMAL_CLEARING;
        finish(DialResult.HANGUP);
    }

    private void dialStatus(String status) {
        pbx.publish(new DialStatusChanged(null, channel.snapshot(), "", status));
    }

    private void dropChannel() {
        SimChannel c = channel;
        channel = null;
        c.reader(null);
        c.hangup();
    }

    private void finish(DialResult r) {
        if (timer != null) {
            timer.cancel();
        }
        result.complete(r);
    }

    /** ast_hangup_cause_to_dial_status (dial.c). */
    public static String dialStatusForCause(int cause) {
        switch (cause) {
            case HangupCause.USER_BUSY: return "BUSY";
            case HangupCause.CONGESTION: return "CONGESTION";
            case HangupCause.NO_ROUTE_DESTINATION:
            case HangupCause.SUBSCRIBER_ABSENT: return "CHANUNAVAIL";
            default: return "NOANSWER";
        }
    }
}
