package org.switchboard.pbx.originate;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.NoTechnology;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dial.DialResult;
import org.switchboard.pbx.dial.OutboundDial;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.exec.Exec;
import org.switchboard.pbx.exec.PbxRun;
import org.switchboard.pbx.log.Verbose;

/**
 * Places outgoing calls the way Originate does (pbx.c pbx_outgoing_attempt and
 * pbx_outgoing_exec): dial the channel with the dial API, set its variables, account code and
 * caller id, and when it answers run the application (then hang up) or the dialplan on it.
 * Runs on the core thread.
 */
public final class Originator {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private final Pbx pbx;

    public Originator(Pbx pbx) {
        this.pbx = pbx;
    }

    /**
     * Starts the call. The future completes when dialing is over: answered (the application or
     * dialplan then runs on), or failed. {@code beforeRelease} runs while a failed dialed channel's
     * destruction is still held back, as Asterisk's fast_originate reports OriginateResponse before
     * the dial releases its last reference; may be null.
     */
    public CompletableFuture<OriginateOutcome> originate(OriginateRequest request,
                                                         java.util.function.Consumer<OriginateOutcome> beforeRelease) {
        CompletableFuture<OriginateOutcome> done = new CompletableFuture<>();
        OutboundDial dial = new OutboundDial(pbx, request.tech(), request.data(), request.channelId(),
                request.otherChannelId());
        if (!dial.prerun()) {
            OriginateOutcome failed = new OriginateOutcome(false, dialReason(DialResult.FAILED, dial.cause()), null);
            report(failed, beforeRelease);
            runFailedExtension(request, failed.reason());
            done.complete(failed);
            return done;
        }
        SimChannel dialed = dial.channel();
        prepare(dialed, request);
        dial.earlyMediaAnswers(request.earlyMedia());
        dialed.retain();
        dial.run(request.timeout()).whenComplete((result, error) -> {
            int reason = dialReason(result, dial.cause());
            if (result != DialResult.ANSWERED) {
                OriginateOutcome failed = new OriginateOutcome(false, reason, null);
                report(failed, beforeRelease);
                dialed.release();
                runFailedExtension(request, reason);
                done.complete(failed);
                return;
            }
            OriginateOutcome answered = new OriginateOutcome(true, reason, dialed.snapshot());
            report(answered, beforeRelease);
            dialed.release();
            done.complete(answered);
            afterAnswer(dialed, request);
        });
        return done;
    }

    private static void report(OriginateOutcome outcome, java.util.function.Consumer<OriginateOutcome> beforeRelease) {
        if (beforeRelease != null) {
            beforeRelease.accept(outcome);
        }
    }

    /** Variables, account code, caller id and connected line of the dialed channel, in Asterisk's order. */
    private static void prepare(SimChannel dialed, OriginateRequest request) {
        for (Map.Entry<String, String> v : request.variables()) {
            dialed.set(v.getKey(), v.getValue());
        }
        String account = request.account();
        if (account != null && !account.isEmpty()) {
            dialed.stageSnapshot();
            dialed.setAccountCode(account);
            dialed.setPeerAccount(account);
            dialed.unstageSnapshot();
        }
        // pbx_outgoing_attempt: the leg is ORIGINATED, so CDR never treats it as a dialed party
        dialed.markOriginated();
        String num = emptyToNull(request.callerIdNumber());
        String name = emptyToNull(request.callerIdName());
        if (num != null || name != null) {
            // the dialed leg gets the caller id so that, once answered, the dialplan sees it as
            // if that party had placed the call (ast_set_callerid, then the connected line)
            Party caller = dialed.caller();
            if (num != null) {
                caller = caller.withNumber(num);
                dialed.setCallerAni(num);   // ast_set_callerid(dialed, num, name, num): the number is the ANI too
            }
            if (name != null) {
                caller = caller.withName(name);
            }
            dialed.setCaller(caller);
            dialed.publishSnapshot();
            Party connected = dialed.connected();
            if (num != null) {
                connected = connected.withNumber(num);
            }
            if (name != null) {
                connected = connected.withName(name);
            }
            dialed.setConnected(connected);
            dialed.publishSnapshot();
        }
    }

    /** pbx_outgoing_exec after the answer. */
    private void afterAnswer(SimChannel chan, OriginateRequest request) {
        if (request.runsApplication()) {
            Application app = pbx.applications().find(request.application()).orElse(null);
            if (app == null) {
                log.warn("No such application '{}'", request.application());
                chan.hangup();
                return;
            }
            String data = request.applicationData() == null ? "" : request.applicationData();
            Verbose.log(log, 4, "Launching " + request.application() + "(" + data + ") on " + chan.name());
            Exec.execute(pbx, chan, app, data).whenComplete((r, e) -> chan.hangup());
            return;
        }
        if (request.context() != null && !request.context().isEmpty()) {
            chan.setContext(request.context());
        }
        if (request.exten() != null && !request.exten().isEmpty()) {
            chan.setExten(request.exten());
        }
        if (request.priority() > 0) {
            chan.setPriority(request.priority());
        }
        PbxRun.start(pbx, chan);
    }

    /**
     * ast_pbx_outgoing_exten: a failed dialplan originate runs {@code failed,1} of its context on
     * a new "OutgoingSpoolFailed" channel with REASON set, when that extension exists.
     */
    private void runFailedExtension(OriginateRequest request, int reason) {
        if (request.runsApplication() || request.context() == null
                || !pbx.extensionExists(request.context(), "failed", 1, null)) {
            return;
        }
        SimChannel failed = pbx.allocateChannel(NoTechnology.INSTANCE, "OutgoingSpoolFailed", ChannelState.DOWN,
                request.context(), "failed", null, null);
        if (request.callerIdNumber() != null || request.callerIdName() != null) {
            failed.setCaller(Party.of(emptyToNull(request.callerIdNumber()), emptyToNull(request.callerIdName())));
        }
        if (request.account() != null && !request.account().isEmpty()) {
            failed.setAccountCode(request.account());
        }
        failed.set("REASON", Integer.toString(reason));
        for (Map.Entry<String, String> v : request.variables()) {
            failed.set(v.getKey(), v.getValue());
        }
        PbxRun.start(pbx, failed);
    }

    /** pbx_dial_reason: the old originate reason for a dial result and the leg's cause. */
    static int dialReason(DialResult result, int cause) {
        if (result == DialResult.ANSWERED) {
            return Control.ANSWER.number();
        }
        if (result == DialResult.HANGUP) {
            return Control.HANGUP.number();
        }
        switch (cause) {
            case HangupCause.USER_BUSY:
                return Control.BUSY.number();
            case HangupCause.CALL_REJECTED:
            case HangupCause.NETWORK_OUT_OF_ORDER:
            case HangupCause.DESTINATION_OUT_OF_ORDER:
            case HangupCause.NORMAL_TEMPORARY_FAILURE:
            case HangupCause.SWITCH_CONGESTION:
            case HangupCause.CONGESTION:
                return Control.CONGESTION.number();
            case HangupCause.ANSWERED_ELSEWHERE:
            case HangupCause.NO_ANSWER:
                return Control.RINGING.number();
            default:
                return 0;
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
