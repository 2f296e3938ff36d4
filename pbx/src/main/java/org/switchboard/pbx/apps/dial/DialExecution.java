package org.switchboard.pbx.apps.dial;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.CNumbers;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.bridge.AfterBridge;
import org.switchboard.pbx.bridge.AsyncGoto;
import org.switchboard.pbx.bridge.BridgeCall;
import org.switchboard.pbx.bridge.CallFeature;
import org.switchboard.pbx.channel.CallerIdParser;
import org.switchboard.pbx.channel.ChannelDriver;
import org.switchboard.pbx.channel.ChannelRequest;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.FrameReader;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.core.Cancellable;
import org.switchboard.pbx.dialplan.GotoTarget;
import org.switchboard.pbx.dialplan.Priority;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.eval.VariableList;
import org.switchboard.pbx.dial.OutboundDial;
import org.switchboard.pbx.event.DialStarted;
import org.switchboard.pbx.event.DialStatusChanged;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.AppOptions;
import org.switchboard.pbx.exec.PbxRun;
import org.switchboard.pbx.local.LocalDriver;
import org.switchboard.pbx.log.Verbose;

/**
 * One run of Dial (app_dial.c dial_exec_full and wait_for_answer): the legs are requested, set up
 * and called; their frames are followed until one answers, all give up, the timeout passes or the
 * caller goes away; an answered call is bridged (features.c ast_bridge_call) and the application
 * returns when the caller leaves the bridge. Core thread only; nothing blocks.
 */
final class DialExecution {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    /** Every option letter Dial defines (dial_exec_options). */
    private static final String KNOWN_OPTIONS = "AabBCcdDEefFgGhHiIjkKLmnNoOpPQrRSstTuUwWxXz";
    /** The bridge features the options grant (t/T transfer, h/H hang up, k/K park, x/X automixmon). */
    private static final CallFeature[] BRIDGE_FEATURES = {CallFeature.REDIRECT, CallFeature.DISCONNECT,
        CallFeature.PARKCALL, CallFeature.AUTOMIXMON};
    private static final String CALLEE_FEATURE_OPTIONS = "thkx";
    private static final String CALLER_FEATURE_OPTIONS = "THKX";
    private static final String[] DIAL_VARIABLES = {"DIALSTATUS", "DIALEDPEERNUMBER", "DIALEDPEERNAME",
        "ANSWEREDTIME", "ANSWEREDTIME_MS", "DIALEDTIME", "DIALEDTIME_MS", "RINGTIME", "RINGTIME_MS",
        "PROGRESSTIME", "PROGRESSTIME_MS"};

    private final Pbx pbx;
    private final AppContext ctx;
    private final SimChannel chan;
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private final List<DialLeg> legs = new ArrayList<>();
    private final FrameReader callerReader = this::onCallerFrame;
    private AppOptions opts = AppOptions.parse(null, KNOWN_OPTIONS);

    // struct cause_args
    private int busy;
    private int congestion;
    private int nochan;
    private int prestart;
    // struct privacy_args
    private String status = "INVALIDARGS";
    private boolean canceled;
    private boolean paSentRinging;
    // dial_exec_full locals
    private boolean sentRinging;
    private boolean moh;
    private long answerTimeoutMs = -1;
    private long progressTimeoutMs = -1;
    private long callDurationLimitMs;
    private String dtmfCalled;
    private String dtmfCalling;
    private String dtmfProgress;
    private Party storedClid;
    private Party forcedClid;
    private boolean forceForwardsOnly;
    private final StringBuilder featureCode = new StringBuilder();
    // wait_for_answer state
    private boolean waiting;
    private boolean single;
    private boolean callerEntertained;
    private int numRinging;
    private boolean sentRing;
    private boolean sentProgress;
    private Cancellable answerTimer;
    private Cancellable progressTimer;
    /** to_answer after wait_for_answer: -1 the caller went away, 0 go on in the dialplan. */
    private int toAnswer = 1;

    DialExecution(AppContext ctx) {
        this.ctx = ctx;
        this.pbx = ctx.pbx();
        this.chan = ctx.channel();
    }

    CompletableFuture<Integer> run(String data) {
        resetVariables();
        if (MaxForwards.of(chan) <= 0) {
            log.warn("Cannot place outbound call from channel '{}'. Max forwards exceeded", chan.name());
            chan.set("DIALSTATUS", "BUSY");
            return CompletableFuture.completedFuture(-1);
        }
        if (chan.checkHangup()) {
            ctx.verbose(3, "Caller hung up before dial.");
            chan.set("DIALSTATUS", "CANCEL");
            return CompletableFuture.completedFuture(-1);
        }
        AppArgs args = AppArgs.standard(data, 4);
        String options = args.getOrEmpty(2);
        if (!options.isEmpty()) {
            opts = AppOptions.parse(options, KNOWN_OPTIONS);
            if (!opts.valid()) {
                chan.set("DIALSTATUS", status);
                return CompletableFuture.completedFuture(-1);
            }
        }
        if (nonEmptyArg('S') != null) {
            callDurationLimitMs = CNumbers.atoi(opts.argument('S')) * 1000L;
            if (callDurationLimitMs == 0) {
                log.warn("Dial does not accept S({})", opts.argument('S'));
                chan.set("DIALSTATUS", status);
                return CompletableFuture.completedFuture(-1);
            }
            ctx.verbose(3, String.format("Setting call duration limit to %.3f seconds.", callDurationLimitMs / 1000.0));
        }
        if (nonEmptyArg('D') != null) {
            String[] parts = opts.argument('D').split(":", -1);
            dtmfCalled = parts.length > 0 ? parts[0] : null;
            dtmfCalling = parts.length > 1 ? parts[1] : null;
            dtmfProgress = parts.length > 2 ? parts[2] : null;
        }
        setUpCallerIds();
        String group = chan.get("OUTBOUND_GROUP_ONCE");
        if (group != null) {
            chan.set("OUTBOUND_GROUP_ONCE", null);
        }
        int numDialed = 0;
        List<String> destinations = splitDestinations(args.getOrEmpty(0));
        for (int i = 0; i < destinations.size(); i++) {
            String part = destinations.get(i);
            String cur = part.strip();
            if (cur.isEmpty()) {
                continue;
            }
            int slash = cur.indexOf('/');
            String tech = slash < 0 ? cur : cur.substring(0, slash);
            String number = slash < 0 ? "" : cur.substring(slash + 1);
            numDialed++;
            if (number.isEmpty()) {
                log.warn("Dial argument takes format (technology/resource)");
                return out(-1);
            }
            request(new DialLeg(tech, number), i == destinations.size() - 1);
        }
        if (numDialed == 0) {
            ctx.verbose(3, "No devices or endpoints to dial (technology/resource)");
            status = "CHANUNAVAIL";
            return out(0);
        }
        callLegs();
        parseTimeouts(args.get(1));
        if (legs.isEmpty()) {
            status = "CHANUNAVAIL";
        } else {
            status = "NOANSWER";
            if (opts.has('m')) {
                moh = true;
                chan.indicate(Control.PROGRESS);
            } else if (opts.has('r') || opts.has('R')) {
                chan.indicate(Control.RINGING);
                sentRinging = true;
            }
        }
        waitForAnswer();
        return done;
    }

    /** The option's argument when it was given one, else null. */
    private String nonEmptyArg(char letter) {
        String a = opts.argument(letter);
        return a == null || a.isEmpty() ? null : a;
    }

    // ---- set-up ----

    /** Every DIAL variable back to blank, in one staged snapshot. */
    private void resetVariables() {
        chan.stageSnapshot();
        for (String v : DIAL_VARIABLES) {
            chan.set(v, "");
        }
        chan.unstageSnapshot();
    }

    /** forced_clid (f, s, u) and stored_clid (o, or the extension and its hint name). */
    private void setUpCallerIds() {
        if (opts.has('f')) {
            String arg = nonEmptyArg('f');
            String name;
            String number;
            if (arg == null) {
                number = chan.exten();
                name = hintName();
                forceForwardsOnly = true;
            } else {
                CallerIdParser.CallerId cid = CallerIdParser.parse(arg);
                name = cid.name();
                number = cid.number();
            }
            forcedClid = new Party(number == null ? "" : number, name == null ? "" : name,
                    number != null && !number.isEmpty(), name != null && !name.isEmpty());
        }
        if (opts.has('o')) {
            String arg = nonEmptyArg('o');
            if (arg == null) {
                storedClid = chan.caller();
            } else {
                CallerIdParser.CallerId cid = CallerIdParser.parse(arg);
                storedClid = new Party(cid.number() == null ? "" : cid.number(), cid.name() == null ? "" : cid.name(),
                        cid.number() != null && !cid.number().isEmpty(), cid.name() != null && !cid.name().isEmpty());
            }
        } else {
            String name = hintName();
            storedClid = new Party(chan.exten(), name == null ? "" : name, true, name != null && !name.isEmpty());
        }
    }

    /** get_cid_name: the hint's name (its application data) for the channel's extension. */
    private String hintName() {
        Priority hint = pbx.dialplan().hint(chan.context(), chan.exten(), pbx.clock().now());
        if (hint == null) {
            return null;
        }
        String name = hint.appData();
        return name == null || name.isEmpty() ? null : name;
    }

    private static List<String> splitDestinations(String peers) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= peers.length(); i++) {
            if (i == peers.length() || peers.charAt(i) == '&') {
                out.add(peers.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    /** Requests one leg and sets it up as app_dial does; a failure is counted (handle_cause). */
    private void request(DialLeg leg, boolean lastDestination) {
        ChannelDriver driver = pbx.driver(leg.tech).orElse(null);
        ChannelRequest.Result r;
        if (driver == null) {
            log.warn("No channel type registered for '{}'", leg.tech);
            r = ChannelRequest.Result.failed(HangupCause.CHAN_NOT_IMPLEMENTED);
        } else {
            r = driver.request(new ChannelRequest(leg.number, chan, null, null));
        }
        if (!r.ok()) {
            log.info("Unable to create channel of type '{}' (cause {} - {})", leg.tech, r.cause(),
                    HangupCause.text(r.cause()));
            handleCause(r.cause());
            if (lastDestination) {
                chan.setHangupCause(r.cause());
            }
            return;
        }
        SimChannel tc = r.channel();
        tc.stageSnapshot();
        tc.set("DIALEDPEERNUMBER", leg.number);
        inheritVariables(chan, tc);
        MaxForwards.set(tc, MaxForwards.of(chan) - 1);
        tc.setApplication("AppDial", "(Outgoing Line)");
        tc.setAbsoluteTimeout(0);
        setLegCallerId(leg, tc);
        if (forcedClid != null && !forceForwardsOnly) {
            tc.setConnected(forcedClid);
        } else {
            tc.setConnected(chan.caller());
        }
        requestorAccountCodes(tc, chan);
        if (chan.hangupCause() == HangupCause.ANSWERED_ELSEWHERE || opts.has('c')) {
            tc.setHangupCause(HangupCause.ANSWERED_ELSEWHERE);
        }
        tc.setExten(chan.exten());
        tc.unstageSnapshot();
        leg.origChanName = tc.name();
        leg.chan = tc;
        legs.add(leg);
    }

    /** ast_channel_inherit_variables: _X as X, __X as __X, at the end of the child's list. */
    private static void inheritVariables(SimChannel parent, SimChannel child) {
        for (VariableList.Entry v : new ArrayList<>(parent.variables())) {
            String name = v.fullName();
            String childName;
            if (name.startsWith("__")) {
                childName = name;
            } else if (name.startsWith("_")) {
                childName = name.substring(1);
            } else {
                continue;
            }
            child.appendVariable(childName, v.value());
            child.announceVariable(childName, v.value());
        }
    }

    /** The caller id stored on the new leg (app_dial.c, "Determine CallerID to store"). */
    private void setLegCallerId(DialLeg leg, SimChannel tc) {
        Party current = tc.caller();
        Party chanConnected = chan.connected();
        boolean connectedName = chanConnected.nameValid() && !chanConnected.name().isEmpty();
        if (opts.has('o')) {
            tc.setCaller(storedClid);
            leg.callerIdAbsent = true;
        } else if (!current.numberValid() || current.number().isEmpty()) {
            Party p = storedClid;
            if (!p.nameValid() && connectedName) {
                p = p.withName(chanConnected.name());
            }
            tc.setCaller(p);
            leg.callerIdAbsent = true;
        } else if ((!current.nameValid() || current.name().isEmpty()) && connectedName) {
            tc.setCaller(current.withName(chanConnected.name()));
        }
    }

    /** ast_channel_req_accountcodes with AST_CHANNEL_REQUESTOR_BRIDGE_PEER. */
    private static void requestorAccountCodes(SimChannel tc, SimChannel requestor) {
        if (!requestor.peerAccount().isEmpty()) {
            tc.setAccountCode(requestor.peerAccount());
        } else if (!requestor.accountCode().isEmpty()) {
            tc.setAccountCode(requestor.accountCode());
        }
        if (!requestor.accountCode().isEmpty()) {
            tc.setPeerAccount(requestor.accountCode());
        }
    }

    /** handle_cause. */
    private void handleCause(int cause) {
        switch (cause) {
            case HangupCause.USER_BUSY: busy++; break;
            case HangupCause.CONGESTION: congestion++; break;
            case HangupCause.NO_ANSWER:
            case HangupCause.NORMAL_CLEARING:
                break;
            default: nochan++; break;
        }
    }

    /** Starts every leg; a leg that cannot be called is dropped. */
    private void callLegs() {
        for (DialLeg leg : new ArrayList<>(legs)) {
            SimChannel tc = leg.chan;
            tc.markOutgoing();
            if (!tc.driver().call(tc, leg.number)) {
                ctx.verbose(3, "Couldn't call " + leg.iface);
                if (tc.hangupCause() != 0) {
                    chan.setHangupCause(tc.hangupCause());
                }
                tc.hangup();
                leg.chan = null;
                legs.remove(leg);
                continue;
            }
            SimChannel otherHalf = localOtherHalf(tc);
            if (otherHalf != null) {
                MaxForwards.set(otherHalf, MaxForwards.of(tc));
            }
            pbx.publish(new DialStarted(chan.snapshot(), tc.snapshot(), leg.number));
            ctx.verbose(3, "Called " + leg.iface);
            leg.stillGoing = true;
            if (tc.state() == ChannelState.UP) {
                break;
            }
        }
    }

    private SimChannel localOtherHalf(SimChannel tc) {
        if (!LocalDriver.isLocal(tc)) {
            return null;
        }
        return pbx.driver("Local").filter(d -> d instanceof LocalDriver)
                .map(d -> ((LocalDriver) d).otherHalf(tc)).orElse(null);
    }

    /** The answer and progress timeouts: {@code answer[^progress]} in seconds. */
    private void parseTimeouts(String timeout) {
        if (timeout == null || timeout.isEmpty()) {
            return;
        }
        int caret = timeout.indexOf('^');
        String answer = caret < 0 ? timeout : timeout.substring(0, caret);
        String progress = caret < 0 ? null : timeout.substring(caret + 1);
        if (!answer.isEmpty()) {
            Double v = leadingDouble(answer);
            if (v != null && v > 0) {
                answerTimeoutMs = (long) (v * 1000);
            } else {
                log.warn("Invalid answer timeout specified: '{}'. Setting timeout to infinite", answer);
            }
        }
        if (progress != null && !progress.isEmpty()) {
            Double v = leadingDouble(progress);
            if (v != null && v > 0) {
                progressTimeoutMs = (long) (v * 1000);
            } else {
                log.warn("Invalid progress timeout specified: '{}'. Setting timeout to infinite", progress);
            }
        }
    }

    /** sscanf "%lf": a leading decimal number, or null. */
    private static Double leadingDouble(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?").matcher(s);
        return m.find() ? Double.parseDouble(m.group().trim()) : null;
    }

    // ---- wait_for_answer ----

    private void waitForAnswer() {
        prestart = busy + congestion + nochan;
        DialLeg first = legs.isEmpty() ? null : legs.get(0);
        single = first != null && legs.size() == 1;
        callerEntertained = first != null && (opts.has('m') || opts.has('r'));
        if (single && !opts.has('I') && !first.callerIdAbsent) {
            updateConnectedLineFromPeer(first.chan);
        }
        waiting = true;
        chan.reader(callerReader);
        for (DialLeg leg : legs) {
            if (leg.stillGoing && leg.chan != null) {
                leg.chan.reader((c, f) -> onLegFrame(leg, f));
            }
        }
        if (answerTimeoutMs > 0) {
            answerTimer = pbx.core().schedule(Duration.ofMillis(answerTimeoutMs), this::answerTimedOut);
        }
        if (progressTimeoutMs > 0) {
            progressTimer = pbx.core().schedule(Duration.ofMillis(progressTimeoutMs), this::progressTimedOut);
        }
        for (DialLeg leg : legs) {
            if (leg.stillGoing && leg.chan != null && leg.chan.state() == ChannelState.UP) {
                answeredBy(leg);
                return;
            }
        }
        checkNoneLeft();
    }

    /** update_connected_line_from_peer: the caller's connected line becomes the peer's caller id. */
    private void updateConnectedLineFromPeer(SimChannel peer) {
        indicateConnectedLine(chan, peer.caller());
    }

    /** indicate_connected_line on {@code target}. */
    private static void indicateConnectedLine(SimChannel target, Party party) {
        Party before = target.connected();
        target.setConnected(party);
        target.publishSnapshot();
        if (!before.shownNumber().equals(party.shownNumber()) || !before.shownName().equals(party.shownName())) {
            target.indicate(Control.CONNECTED_LINE);
        }
    }

    /** The loop's first check: nobody left to wait for. */
    private void checkNoneLeft() {
        if (!waiting) {
            return;
        }
        for (DialLeg leg : legs) {
            if (leg.stillGoing && leg.chan != null) {
                return;
            }
        }
        int numLines = prestart + legs.size();
        String counts = "(" + numLines + ":" + busy + "/" + congestion + "/" + nochan + ")";
        if (numLines == busy + congestion + nochan) {
            ctx.verbose(2, "Everyone is busy/congested at this time " + counts);
            if (busy > 0) {
                status = "BUSY";
            } else if (congestion > 0) {
                status = "CONGESTION";
            } else if (nochan > 0) {
                status = "CHANUNAVAIL";
            }
        } else {
            ctx.verbose(3, "No one is available to answer at this time " + counts);
        }
        toAnswer = 0;
        endWait(null);
    }

    private void onLegFrame(DialLeg leg, Frame f) {
        SimChannel c = leg.chan;
        if (!waiting || c == null || !leg.stillGoing) {
            return;
        }
        if (f.is(Control.HANGUP) || (f.kind() == Frame.Kind.NULL && c.checkHangup())) {
            chan.setHangupCause(c.hangupCause());
            publishDial(c, OutboundDial.dialStatusForCause(c.hangupCause()));
            dropLeg(leg);
            handleCause(chan.hangupCause());
            checkNoneLeft();
            return;
        }
        switch (f.kind()) {
            case CONTROL:
                onLegControl(leg, c, f.control());
                break;
            case DTMF_BEGIN:
            case DTMF_END:
                if (callerEntertained) {
                    break;
                }
                stopProgressTimer();
                if (single) {
                    if (f.kind() == Frame.Kind.DTMF_BEGIN) {
                        chan.writeDtmfBegin(f.digit());
                    } else {
                        chan.writeDtmfEnd(f.digit(), f.durationMs());
                    }
                }
                break;
            case TEXT:
                if (single) {
                    chan.driver().sendText(chan, f.text());
                }
                break;
            default:
                break;
        }
    }

    private void onLegControl(DialLeg leg, SimChannel c, Control control) {
        switch (control) {
            case ANSWER:
                answeredBy(leg);
                break;
            case BUSY:
                ctx.verbose(3, c.name() + " is busy");
                chan.setHangupCause(c.hangupCause());
                publishDial(c, "BUSY");
                dropLeg(leg);
                handleCause(HangupCause.USER_BUSY);
                checkNoneLeft();
                break;
            case CONGESTION:
                ctx.verbose(3, c.name() + " is circuit-busy");
                chan.setHangupCause(c.hangupCause());
                publishDial(c, "CONGESTION");
                dropLeg(leg);
                handleCause(HangupCause.CONGESTION);
                checkNoneLeft();
                break;
            case RINGING:
                numRinging++;
                stopProgressTimer();
                ctx.verbose(3, c.name() + " is ringing");
                if (!paSentRinging && !opts.has('m') && nonEmptyArg('r') == null) {
                    chan.indicate(Control.RINGING);
                    paSentRinging = true;
                }
                if (!sentRing) {
                    chan.stageSnapshot();
                    setDurationVariable(chan, "RINGTIME", elapsedSince(c));
                    chan.unstageSnapshot();
                    sentRing = true;
                }
                publishDial(c, "RINGING");
                break;
            case PROGRESS:
                ctx.verbose(3, c.name() + " is making progress passing it to " + chan.name());
                if (!opts.has('r') && (single || !paSentRinging)) {
                    chan.indicate(Control.PROGRESS);
                }
                stopProgressTimer();
                if (!sentProgress) {
                    chan.stageSnapshot();
                    setDurationVariable(chan, "PROGRESSTIME", elapsedSince(c));
                    chan.unstageSnapshot();
                    sentProgress = true;
                    if (dtmfProgress != null && !dtmfProgress.isEmpty()) {
                        ctx.verbose(3, "Sending DTMF '" + dtmfProgress
                                + "' to the called party as result of receiving a PROGRESS message.");
                        DtmfStream.send(c, dtmfProgress, 250, 0);
                    }
                }
                publishDial(c, "PROGRESS");
                break;
            case PROCEEDING:
                ctx.verbose(3, c.name() + " is proceeding passing it to " + chan.name());
                if (!opts.has('r')) {
                    chan.indicate(Control.PROCEEDING);
                }
                publishDial(c, "PROCEEDING");
                break;
            case WINK:
                ctx.verbose(3, c.name() + " winked, passing it to " + chan.name());
                chan.indicate(Control.WINK);
                break;
            case SRCUPDATE:
            case SRCCHANGE:
                if (single && !callerEntertained) {
                    ctx.verbose(3, c.name() + " requested media update control " + control.number()
                            + ", passing it to " + chan.name());
                    chan.indicate(control);
                }
                break;
            case CONNECTED_LINE:
                if (opts.has('I')) {
                    ctx.verbose(3, "Connected line update to " + chan.name() + " prevented.");
                } else if (!single) {
                    ctx.verbose(3, c.name() + " connected line has changed. Saving it until answer for "
                            + chan.name());
                } else {
                    indicateConnectedLine(chan, c.caller());
                }
                break;
            case HOLD:
                ctx.verbose(3, "Call on " + c.name() + " placed on hold");
                chan.indicate(Control.HOLD);
                break;
            case UNHOLD:
                ctx.verbose(3, "Call on " + c.name() + " left from hold");
                chan.indicate(Control.UNHOLD);
                break;
            default:
                break;
        }
    }

    private void onCallerFrame(SimChannel in, Frame f) {
        if (!waiting) {
            return;
        }
        if (f.is(Control.HANGUP) || (f.kind() == Frame.Kind.NULL && chan.checkHangup())) {
            status = "CANCEL";
            canceled = true;
            publishDialEnd(null, status);
            if (f.is(Control.HANGUP) && f.cause() != 0) {
                chan.setHangupCause(f.cause());
            }
            toAnswer = -1;
            endWait(null);
            return;
        }
        if (f.kind() == Frame.Kind.DTMF_END && opts.has('H') && detectDisconnect(f.digit())) {
            ctx.verbose(3, "User requested call disconnect.");
            status = "CANCEL";
            canceled = true;
            publishDialEnd(null, status);
            toAnswer = 0;
            endWait(null);
            return;
        }
        for (DialLeg leg : legs) {
            if (leg.chan == null || !leg.stillGoing) {
                continue;
            }
            switch (f.kind()) {
                case DTMF_BEGIN:
                    leg.chan.writeDtmfBegin(f.digit());
                    break;
                case DTMF_END:
                    leg.chan.writeDtmfEnd(f.digit(), f.durationMs());
                    break;
                case TEXT:
                    leg.chan.driver().sendText(leg.chan, f.text());
                    break;
                case CONTROL:
                    if (!forwardCallerControl(leg, f.control())) {
                        return;
                    }
                    break;
                default:
                    return;
            }
        }
    }

    /** The controls the caller's frames pass on to the legs; false: not forwarded (skip_frame). */
    private boolean forwardCallerControl(DialLeg leg, Control control) {
        switch (control) {
            case HOLD:
                ctx.verbose(3, "Call on " + leg.chan.name() + " placed on hold");
                leg.chan.indicate(Control.HOLD);
                return true;
            case UNHOLD:
                ctx.verbose(3, "Call on " + leg.chan.name() + " left from hold");
                leg.chan.indicate(Control.UNHOLD);
                return true;
            case FLASH:
                ctx.verbose(3, "Hook flash on " + leg.chan.name());
                leg.chan.indicate(Control.FLASH);
                return true;
            case SRCUPDATE:
            case SRCCHANGE:
                if (!single || callerEntertained) {
                    return false;
                }
                leg.chan.indicate(control);
                return true;
            case CONNECTED_LINE:
                if (opts.has('I')) {
                    ctx.verbose(3, "Connected line update to " + leg.chan.name() + " prevented.");
                    return true;
                }
                indicateConnectedLine(leg.chan, chan.caller());
                return true;
            default:
                return false;
        }
    }

    /** detect_disconnect: the caller dialed the disconnect feature code. */
    private boolean detectDisconnect(char digit) {
        String code = pbx.bridges().features().disconnect();
        featureCode.append(digit);
        if (featureCode.toString().equals(code)) {
            featureCode.setLength(0);
            return true;
        }
        if (!code.startsWith(featureCode.toString())) {
            featureCode.setLength(0);
        }
        return false;
    }

    /** A leg answered: it is the peer, every other leg is told CANCEL. */
    private void answeredBy(DialLeg leg) {
        SimChannel c = leg.chan;
        ctx.verbose(3, c.name() + " answered " + chan.name());
        if (leg.origChanName != null && !leg.origChanName.equals(c.name())) {
            updateConnectedLineFromPeer(c);
        } else if (!single && !opts.has('I') && !leg.callerIdAbsent) {
            updateConnectedLineFromPeer(c);
        }
        publishDialEnd(c, "CANCEL");
        c.setExten("");
        chan.setHangupCause(HangupCause.NORMAL_CLEARING);
        c.setHangupCause(HangupCause.NORMAL_CLEARING);
        endWait(leg);
    }

    private void answerTimedOut() {
        answerTimer = null;
        if (!waiting) {
            return;
        }
        ctx.verbose(3, "Nobody picked up in " + answerTimeoutMs + " ms");
        publishDialEnd(null, "NOANSWER");
        toAnswer = 0;
        endWait(null);
    }

    private void progressTimedOut() {
        progressTimer = null;
        if (!waiting) {
            return;
        }
        ctx.verbose(3, "No early media received in " + progressTimeoutMs + " ms");
        publishDialEnd(null, "CHANUNAVAIL");
        status = "CHANUNAVAIL";
        toAnswer = 0;
        endWait(null);
    }

    private void stopProgressTimer() {
        if (progressTimer != null) {
            progressTimer.cancel();
            progressTimer = null;
        }
    }

    /** wait_for_answer returns: with the peer, or null. */
    private void endWait(DialLeg answered) {
        waiting = false;
        if (answerTimer != null) {
            answerTimer.cancel();
            answerTimer = null;
        }
        stopProgressTimer();
        if (chan.reader() == callerReader) {
            chan.reader(null);
        }
        for (DialLeg leg : legs) {
            if (leg.chan != null) {
                leg.chan.reader(null);
            }
        }
        if (answered == null) {
            int res = toAnswer != 0 ? -1 : 0;
            out(res);
            return;
        }
        afterAnswer(answered.chan);
    }

    // ---- answered ----

    private void afterAnswer(SimChannel peer) {
        if (opts.has('a')) {
            chan.answer();
        }
        int cause = -1;
        String q = nonEmptyArg('Q');
        if (q != null) {
            cause = HangupCause.byName(q);
            if (cause <= 0) {
                if (q.equalsIgnoreCase("NONE")) {
                    cause = 0;
                } else {
                    cause = CNumbers.atoi(q);
                    if (!Character.isDigit(q.strip().isEmpty() ? 'x' : q.strip().charAt(0)) || cause < 0) {
                        log.warn("Invalid cause given to Dial(...Q(<cause>)): \"{}\"", q);
                        cause = -1;
                    }
                }
            }
        }
        hangupTree(peer, cause >= 0 ? cause : HangupCause.ANSWERED_ELSEWHERE);
        String name = peer.name();
        String number = peer.get("DIALEDPEERNUMBER");
        chan.stageSnapshot();
        status = "ANSWER";
        chan.set("DIALSTATUS", status);
        chan.set("DIALEDPEERNAME", name);
        chan.set("DIALEDPEERNUMBER", number == null || number.isEmpty() ? null : number);
        chan.unstageSnapshot();
        if (nonEmptyArg('G') != null) {
            gotoBoth(peer, opts.argument('G'));
            return;
        }
        if (nonEmptyArg('U') != null) {
            log.warn("Dial option U (callee Gosub) is not simulated; ignoring it");
        }
        publishDial(peer, "ANSWER");
        if (callDurationLimitMs > 0) {
            peer.setAbsoluteTimeout(pbx.clock().millis() + callDurationLimitMs);
        }
        CompletableFuture<Integer> dtmf = CompletableFuture.completedFuture(0);
        if (dtmfCalled != null && !dtmfCalled.isEmpty()) {
            ctx.verbose(3, "Sending DTMF '" + dtmfCalled + "' to the called party.");
            dtmf = DtmfStream.send(peer, dtmfCalled, 250, 0);
        }
        if (dtmfCalling != null && !dtmfCalling.isEmpty()) {
            dtmf = dtmf.thenCompose(r -> {
                ctx.verbose(3, "Sending DTMF '" + dtmfCalling + "' to the calling party.");
                return DtmfStream.send(chan, dtmfCalling, 250, 0);
            });
        }
        dtmf.whenComplete((r, e) -> {
            if (r == null || r != 0) {
                if (!chan.checkHangup() && peer.checkHangup()) {
                    chan.setHangupCause(peer.hangupCause());
                }
                setUpPeerAfterBridgeGoto(peer);
                if (AfterBridge.setupGoto(pbx, peer) != 0) {
                    peer.hangup();
                } else {
                    PbxRun.start(pbx, peer);
                }
                out(-1);
                return;
            }
            bridge(peer);
        });
    }

    /** Dial option G: the caller goes to the target, the peer to the priority after it. */
    private void gotoBoth(SimChannel peer, String target) {
        chan.clearOutgoing();
        String dest = target.replace('^', ',');
        GotoTarget t = GotoTarget.parse(dest, new GotoTarget.Position(chan.context(), chan.exten(), chan.priority(),
                chan.caller().numberValid() ? chan.caller().number() : null), pbx.dialplan(), pbx.clock().now());
        if (t != null) {
            AsyncGoto.explicitGoto(chan, t.context(), t.exten(), t.priority());
        }
        peer.stageSnapshot();
        peer.clearOutgoing();
        peer.setContext(chan.context());
        peer.setExten(chan.exten());
        peer.setPriority(chan.priority() + 2);
        peer.unstageSnapshot();
        PbxRun.start(pbx, peer);
        publishDial(peer, "ANSWER");
        done.complete(0);
    }

    /** setup_peer_after_bridge_goto: option F sends the peer on in the caller's dialplan. */
    private void setUpPeerAfterBridgeGoto(SimChannel peer) {
        if (opts.has('F')) {
            AfterBridge.setGoOn(peer, chan.context(), chan.exten(), chan.priority(), nonEmptyArg('F'));
        }
    }

    private void bridge(SimChannel peer) {
        EnumSet<CallFeature> callee = EnumSet.noneOf(CallFeature.class);
        EnumSet<CallFeature> caller = EnumSet.noneOf(CallFeature.class);
        for (int i = 0; i < BRIDGE_FEATURES.length; i++) {
            if (opts.has(CALLEE_FEATURE_OPTIONS.charAt(i))) {
                callee.add(BRIDGE_FEATURES[i]);
            }
            if (opts.has(CALLER_FEATURE_OPTIONS.charAt(i))) {
                caller.add(BRIDGE_FEATURES[i]);
            }
        }
        moh = false;
        sentRinging = false;
        setUpPeerAfterBridgeGoto(peer);
        BridgeCall.call(pbx, chan, peer, new BridgeCall.Config(caller, callee, this::endBridgeCallback))
                .whenComplete((res, e) -> out(res == null ? -1 : res));
    }

    /** end_bridge_callback: how long the call was up, and how long since the caller was created. */
    private void endBridgeCallback() {
        chan.stageSnapshot();
        java.time.Instant now = pbx.clock().now();
        java.time.Instant answered = chan.answeredAt();
        setDurationVariable(chan, "ANSWEREDTIME", answered == null ? 0 : Duration.between(answered, now).toMillis());
        setDurationVariable(chan, "DIALEDTIME", Duration.between(chan.created(), now).toMillis());
        chan.unstageSnapshot();
    }

    // ---- the end ----

    /** The "out:" label of dial_exec_full: the legs left are hung up, DIALSTATUS set, 'g' honoured. */
    private CompletableFuture<Integer> out(int res) {
        int treeCause = -1;
        if (chan.hangupCause() == HangupCause.ANSWERED_ELSEWHERE || opts.has('c')) {
            treeCause = HangupCause.ANSWERED_ELSEWHERE;
        } else if (canceled) {
            treeCause = chan.hangupCause() != 0 ? chan.hangupCause() : HangupCause.NORMAL_CLEARING;
        }
        hangupTree(null, treeCause);
        chan.set("DIALSTATUS", status);
        if (opts.has('g') && !chan.checkHangup()) {
            if (callDurationLimitMs > 0) {
                chan.setAbsoluteTimeout(0);
            }
            res = 0;
        }
        done.complete(res);
        return done;
    }

    /** hanguptree: every leg but {@code exception} is hung up (with {@code cause} when >= 0). */
    private void hangupTree(SimChannel exception, int cause) {
        for (DialLeg leg : legs) {
            SimChannel c = leg.chan;
            if (c != null && c != exception) {
                if (cause >= 0) {
                    c.setHangupCause(cause);
                }
                c.reader(null);
                c.hangup();
            }
            leg.chan = null;
            leg.stillGoing = false;
        }
        legs.clear();
    }

    private void dropLeg(DialLeg leg) {
        SimChannel c = leg.chan;
        leg.chan = null;
        leg.stillGoing = false;
        c.reader(null);
        c.hangup();
    }

    /** ast_channel_publish_dial with a status: fresh snapshots of both (stasis_channels.c). */
    private void publishDial(SimChannel peer, String dialStatus) {
        pbx.publish(new DialStatusChanged(chan.freshSnapshot(), peer.freshSnapshot(), "", dialStatus));
    }

    /** publish_dial_end_event: every leg still there but {@code exception}. */
    private void publishDialEnd(SimChannel exception, String dialStatus) {
        for (DialLeg leg : legs) {
            if (leg.chan != null && leg.chan != exception) {
                publishDial(leg.chan, dialStatus);
            }
        }
    }

    private long elapsedSince(SimChannel c) {
        return Duration.between(c.created(), pbx.clock().now()).toMillis();
    }

    /** set_duration_var: NAME in seconds, NAME_MS in milliseconds. */
    private static void setDurationVariable(SimChannel c, String base, long ms) {
        c.set(base, Long.toString(ms / 1000));
        c.set(base + "_MS", Long.toString(ms));
    }
}
