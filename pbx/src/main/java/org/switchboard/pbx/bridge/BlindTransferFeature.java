package org.switchboard.pbx.bridge;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.core.Cancellable;
import org.switchboard.pbx.log.Verbose;

/**
 * The blindxfer DTMF feature (bridge_basic.c feature_blind_transfer, grab_transfer and
 * app.c ast_app_dtget): the other party is put on hold, the transferer dials the target extension
 * (each digit within transferdigittimeout, '#' ends, up to transferdialattempts tries), then the
 * call is blind-transferred there. The prompts Asterisk plays are not simulated (they take no
 * time here); a digit collection reads the channel while its bridge thread is suspended.
 */
final class BlindTransferFeature {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.bridge");

    private final BridgeChannel bc;
    private final Pbx pbx;
    private final SimChannel chan;
    private final String context;
    private final String gotoOnBlindTransfer;
    private final StringBuilder exten = new StringBuilder();
    private int attempts;
    private Cancellable timer;

    private BlindTransferFeature(BridgeChannel bc, Pbx pbx, String context, String gotoOnBlindTransfer) {
        this.bc = bc;
        this.pbx = pbx;
        this.chan = bc.channel();
        this.context = context;
        this.gotoOnBlindTransfer = gotoOnBlindTransfer;
    }

    /** The hook: keeps itself (returns false). */
    static boolean run(BridgeChannel bc) {
        SimChannel chan = bc.channel();
        Pbx pbx = bc.bridge().bridges().pbx();
        Verbose.log(log, 3, "Channel " + chan.name() + ": Started DTMF blind transfer.");
        bc.writeHold();
        String context = transferContext(chan);
        String gotoOn = chan.get("GOTO_ON_BLINDXFR");
        BlindTransferFeature f = new BlindTransferFeature(bc, pbx, context, gotoOn == null ? "" : gotoOn);
        String override = chan.get("TRANSFER_EXTEN");
        if (override != null && !override.isEmpty()) {
            if (pbx.extensionExists(context, override, 1, callerNumber(chan))) {
                Verbose.log(log, 3, "Transferring call to '" + override + "@" + context + "'");
                f.exten.append(override);
                f.transfer();
                return false;
            }
            log.warn("Override extension '{}' does not exist in context '{}'", override, context);
        }
        f.attempt();
        return false;
    }

    /** get_transfer_context. */
    static String transferContext(SimChannel chan) {
        String c = chan.get("TRANSFER_CONTEXT");
        if (c != null && !c.isEmpty()) {
            return c;
        }
        return chan.context().isEmpty() ? "default" : chan.context();
    }

    private void attempt() {
        attempts++;
        exten.setLength(0);
        bc.suspend(this::onFrame);
        armTimer();
    }

    private void armTimer() {
        cancelTimer();
        timer = pbx.core().schedule(Duration.ofMillis(pbx.bridges().features().transferDigitTimeoutMs()), () -> {
            timer = null;
            digitsDone(false);
            bc.afterOwnWorkFromFeature();
        });
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** ast_waitfordigit inside ast_app_dtget. */
    private void onFrame(SimChannel c, Frame f) {
        if (f.is(Control.HANGUP) || (f.kind() == Frame.Kind.NULL && c.checkHangup())) {
            cancelTimer();
            bc.unsuspend();
            bc.kick(0);
            return;
        }
        if (f.kind() != Frame.Kind.DTMF_END) {
            return;
        }
        char d = f.digit();
        if (d == '#') {
            digitsDone(false);
            return;
        }
        exten.append(d);
        if (!pbx.dialplan().matchMore(context, exten.toString(), 1, callerNumber(chan), pbx.clock().now())) {
            digitsDone(false);
            return;
        }
        armTimer();
    }

    private void digitsDone(boolean hungUp) {
        cancelTimer();
        bc.unsuspend();
        if (hungUp) {
            return;
        }
        if (pbx.extensionExists(context, exten.toString(), 1, callerNumber(chan))) {
            transfer();
            return;
        }
        if (exten.length() == 0) {
            Verbose.log(log, 3, "Channel " + chan.name() + ": Dialed no digits.");
        } else {
            Verbose.log(log, 3, "Channel " + chan.name() + ": Dialed '" + exten + "@" + context
                    + "' does not exist.");
        }
        if (attempts < pbx.bridges().features().transferDialAttempts()) {
            attempt();
            return;
        }
        bc.writeUnhold();
    }

    private void transfer() {
        if (!gotoOnBlindTransfer.isEmpty()) {
            AfterBridge.setGoOn(chan, chan.context(), chan.exten(), chan.priority(), gotoOnBlindTransfer);
        }
        if (Transfers.blind(pbx, false, chan, exten.toString(), context, null) != Transfers.Result.SUCCESS
                && !gotoOnBlindTransfer.isEmpty()) {
            AfterBridge.discardGoto(chan);
        }
    }

    private static String callerNumber(SimChannel c) {
        return c.caller().numberValid() ? c.caller().number() : null;
    }
}
