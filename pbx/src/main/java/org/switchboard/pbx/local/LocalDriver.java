package org.switchboard.pbx.local;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelDriver;
import org.switchboard.pbx.channel.ChannelRequest;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.devstate.DeviceState;
import org.switchboard.pbx.dialplan.eval.VariableList;
import org.switchboard.pbx.event.LocalPairBridged;
import org.switchboard.pbx.exec.PbxRun;

/**
 * The Local channel technology (core_local.c over core_unreal.c): a request makes a pair of
 * channels, {@code Local/exten@context-0000000n;1} (Down) and {@code ;2} (Ring); calling ;1 runs
 * the dialplan at exten@context on ;2. What one half signals (answer, ringing, hangup) reaches the
 * other as a queued frame.
 */
public final class LocalDriver implements ChannelDriver {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.local");

    private final Pbx pbx;
    private final List<LocalPair> pairs = new ArrayList<>();
    /** core_unreal.c name_sequence: one per pair, from 0, printed as 8 hex digits. */
    private int nameSequence;

    public LocalDriver(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override
    public String tech() {
        return "Local";
    }

    @Override
    public ChannelRequest.Result request(ChannelRequest request) {
        LocalAddress address = LocalAddress.parse(request.data());
        LocalPair pair = new LocalPair(address.exten(), address.context(), address.noOptimization(),
                address.mohIntercept());
        String stem = "Local/" + pair.name() + "-" + String.format("%08x", nameSequence++);
        String uid1 = request.uniqueId();
        String uid2 = request.otherUniqueId();
        if (uid1 != null && !uid1.isEmpty() && (uid2 == null || uid2.isEmpty())) {
            uid2 = uid1 + ";2"; // ast_unreal_new_channels: the second id defaults to the first with ";2"
        }
        // ;2 must share ;1's linkedid, so it is allocated with ;1 as its requestor
        pair.owner = SimChannel.allocate(pbx, this, stem + ";1", ChannelState.DOWN, pair.context, pair.exten,
                request.requestorLinkedId(), uid1, pbx.uniqueIdPrefix());
        pbx.channelCreated();
        pair.chan = SimChannel.allocate(pbx, this, stem + ";2", ChannelState.RING, pair.context, pair.exten,
                pair.owner.linkedId(), uid2, pbx.uniqueIdPrefix());
        pbx.channelCreated();
        pair.owner.attach(LocalPair.class, pair);
        pair.chan.attach(LocalPair.class, pair);
        pairs.add(pair);
        return ChannelRequest.Result.of(pair.owner);
    }

    @Override
    public boolean call(SimChannel channel, String destination) {
        LocalPair pair = channel.attachment(LocalPair.class);
        if (pair == null || pair.owner != channel || pair.chan == null) {
            return false;
        }
        SimChannel chan = pair.chan;
        copyCallSetup(channel, chan);
        String cid = chan.caller().numberValid() ? chan.caller().number() : null;
        if (!pbx.extensionExists(pair.context, pair.exten, 1, cid)) {
            log.info("No such extension/context {}@{} while calling Local channel", pair.exten, pair.context);
            return false;
        }
        pbx.publish(new LocalPairBridged(pair.owner.snapshot(), chan.snapshot(), pair.context, pair.exten,
                !pair.noOptimization));
        PbxRun.start(pbx, chan);
        pair.caretaker = true;
        return true;
    }

    /**
     * ast_unreal_call_setup: ;2 takes ;1's parties crossed over (its caller is ;1's connected line
     * and the other way round), language, account codes crossed, and a copy of every variable in
     * the same order, each announced with VarSet; published as one snapshot.
     */
    private static void copyCallSetup(SimChannel one, SimChannel two) {
        two.stageSnapshot();
        two.setCaller(one.connected());
        two.setConnected(one.caller());
        two.setLanguage(one.language());
        two.setAccountCode(one.peerAccount());
        two.setPeerAccount(one.accountCode());
        if (one.hangupCause() == HangupCause.ANSWERED_ELSEWHERE) {
            two.setHangupCause(HangupCause.ANSWERED_ELSEWHERE);
        }
        List<VariableList.Entry> vars = new ArrayList<>(one.variables());
        for (VariableList.Entry v : vars) {
            two.appendVariable(v.fullName(), v.value());
            two.announceVariable(v.fullName(), v.value());
        }
        two.unstageSnapshot();
    }

    @Override
    public void answered(SimChannel channel) {
        LocalPair pair = channel.attachment(LocalPair.class);
        if (pair != null && pair.chan == channel && pair.owner != null) {
            pair.owner.queueFrame(Frame.control(Control.ANSWER));
        }
    }

    @Override
    public void indicate(SimChannel channel, Control condition) {
        LocalPair pair = channel.attachment(LocalPair.class);
        if (pair == null) {
            return;
        }
        SimChannel other = pair.other(channel);
        if (other == null) {
            return;
        }
        switch (condition) {
            case RINGING:
                // ast_unreal_indicate only passes ringing on from a channel in the Ring state
                if (channel.state() == ChannelState.RING) {
                    other.queueFrame(Frame.control(condition));
                }
                break;
            case CONNECTED_LINE:
                // unreal_colp_redirect_indicate: the far half's caller becomes this half's
                // connected line at once (no snapshot), and it is told with a frame
                other.setCaller(channel.connected());
                other.queueFrame(Frame.control(condition));
                break;
            case HOLD:
            case UNHOLD:
                if (!pair.mohIntercept) {
                    other.queueFrame(Frame.control(condition));
                }
                break;
            default:
                other.queueFrame(Frame.control(condition));
        }
    }

    /**
     * ast_unreal_hangup: ;2 going away queues a hangup (with its cause) on ;1, after copying its
     * DIALSTATUS to CHANLOCALSTATUS; ;1 going away queues one on ;2, or hangs ;2 up at once when
     * nothing runs it yet.
     */
    @Override
    public void hangup(SimChannel channel) {
        LocalPair pair = channel.attachment(LocalPair.class);
        if (pair == null) {
            return;
        }
        int cause = channel.hangupCause();
        SimChannel hangUpNow = null;
        if (channel == pair.chan) {
            pair.caretaker = false;
            pair.chan = null;
            if (pair.owner != null) {
                String status = channel.get("DIALSTATUS");
                if (status != null) {
                    pair.owner.setHangupCause(cause);
                    pair.owner.set("CHANLOCALSTATUS", status);
                }
                pair.owner.queueHangup(cause);
            }
        } else {
            pair.owner = null;
            if (pair.chan != null) {
                if (cause == HangupCause.ANSWERED_ELSEWHERE) {
                    pair.chan.setHangupCause(HangupCause.ANSWERED_ELSEWHERE);
                }
                if (pair.caretaker) {
                    pair.chan.queueHangup(cause);
                } else {
                    hangUpNow = pair.chan;
                }
            }
        }
        channel.attach(LocalPair.class, null);
        if (pair.owner == null && pair.chan == null) {
            pairs.remove(pair);
        }
        if (hangUpNow != null) {
            hangUpNow.hangup();
        }
    }

    /** ast_unreal_fixup: after a masquerade the pair's half is the channel that took the identity. */
    @Override
    public void fixup(SimChannel oldChannel, SimChannel newChannel) {
        LocalPair pair = oldChannel.attachment(LocalPair.class);
        if (pair == null) {
            return;
        }
        oldChannel.attach(LocalPair.class, null);
        newChannel.attach(LocalPair.class, pair);
        if (pair.owner == oldChannel) {
            pair.owner = newChannel;
        } else if (pair.chan == oldChannel) {
            pair.chan = newChannel;
        }
    }

    /** ast_unreal_digit_begin: the digit reaches the other half as a frame. */
    @Override
    public void sendDigitBegin(SimChannel channel, char digit) {
        SimChannel other = otherHalf(channel);
        if (other != null) {
            other.queueFrame(Frame.dtmfBegin(digit));
        }
    }

    /** ast_unreal_digit_end. */
    @Override
    public void sendDigitEnd(SimChannel channel, char digit, long durationMs) {
        SimChannel other = otherHalf(channel);
        if (other != null) {
            other.queueFrame(Frame.dtmfEnd(digit, durationMs));
        }
    }

    @Override
    public boolean sendText(SimChannel channel, String text) {
        LocalPair pair = channel.attachment(LocalPair.class);
        SimChannel other = pair == null ? null : pair.other(channel);
        if (other == null) {
            return false;
        }
        other.queueFrame(Frame.text(text));
        return true;
    }

    /**
     * local_devicestate: in use while a pair for exten@context has its ;1 and a running ;2, not in
     * use when a pair exists or the extension does, invalid otherwise.
     */
    @Override
    public DeviceState deviceState(Pbx p, String data) {
        int at = data.indexOf('@');
        if (at < 0) {
            log.warn("Someone used Local/{} somewhere without a @context. This is bad.", data);
            return DeviceState.INVALID;
        }
        String exten = data.substring(0, at);
        String context = data.substring(at + 1);
        int slash = context.indexOf('/');
        if (slash >= 0) {
            context = context.substring(0, slash);
        }
        DeviceState result = DeviceState.INVALID;
        for (LocalPair pair : pairs) {
            if (pair.exten.equals(exten) && pair.context.equals(context)) {
                result = DeviceState.NOT_INUSE;
                if (pair.owner != null && pair.caretaker) {
                    return DeviceState.INUSE;
                }
            }
        }
        if (result == DeviceState.INVALID && pbx.extensionExists(context, exten, 1, null)) {
            result = DeviceState.NOT_INUSE;
        }
        return result;
    }

    /** Local channels disable the device state cache: every change is published. */
    @Override
    public boolean cachesDeviceState() {
        return false;
    }

    /** The other half of a Local channel, or null (for LocalOptimizeAway and "local show channels"). */
    public SimChannel otherHalf(SimChannel channel) {
        LocalPair pair = channel.attachment(LocalPair.class);
        return pair == null ? null : pair.other(channel);
    }

    /** Whether {@code channel} is a Local half. */
    public static boolean isLocal(SimChannel channel) {
        return channel.attachment(LocalPair.class) != null;
    }
}
