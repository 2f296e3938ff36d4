package org.switchboard.pbx.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.switchboard.pbx.core.Cancellable;
import org.switchboard.pbx.dialplan.eval.VariableList;
import org.switchboard.pbx.dialplan.eval.VariableScope;
import org.switchboard.pbx.event.ChannelSnapshotChanged;
import org.switchboard.pbx.event.DtmfReceived;
import org.switchboard.pbx.event.HangupRequested;
import org.switchboard.pbx.event.VariableSet;

/**
 * A live simulated channel, owned by the core thread (every method asserts it). It does what
 * Asterisk's channel core does around a channel — snapshots and their staging, states, soft
 * hangups, the frame queue, variables, the hangup sequence — and leaves the technology-specific
 * parts to its {@link ChannelDriver}.
 *
 * <p>Everything the outside world sees of a channel goes out as events carrying immutable
 * {@link ChannelSnapshot}s, published in the order things happen.
 */
public final class SimChannel implements VariableScope {
    private final ChannelHost host;
    private ChannelDriver driver;
    private String name;
    private String uniqueId;
    private String linkedId;
    private final Instant created;

    private ChannelState state;
    private Party caller = Party.NONE;
    private Party connected = Party.NONE;
    private String dnid = "";
    private String language = "en";
    private String accountCode = "";
    private String peerAccount = "";
    private String context;
    private String exten;
    private int priority;
    private String application = "";
    private String applicationData = "";
    private String bridgeId = "";
    private int hangupCause;
    private int techCause;
    private String hangupSource = "";
    private int softHangupFlags;
    private long whenToHangup;
    private boolean hungUp;
    private int holds;
    private boolean destructionPending;
    private boolean inAutoloop;
    private boolean outgoing;
    private Instant answeredAt;
    private boolean originated;
    private boolean inSubroutine;
    private int amaFlags = ChannelSnapshot.DEFAULT_AMA_FLAGS;
    private String userField = "";
    private String callerAni = "";
    private java.util.List<String> nativeFormats = java.util.List.of("slin");

    private final VariableList variables = new VariableList();
    private ChannelSnapshot snapshot;
    private int stageDepth;
    private boolean stagedChange;

    private final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private boolean drainScheduled;
    private FrameReader reader;
    private CompletableFuture<Boolean> sleeper;
    private Cancellable sleepTimer;
    private Cancellable absoluteTimeout;

    private final Map<Class<?>, Object> attachments = new HashMap<>();

    private SimChannel(ChannelHost host, ChannelDriver driver, String name, String uniqueId, String linkedId,
                       ChannelState state, String context, String exten, int priority) {
        this.host = host;
        this.driver = driver;
        this.name = name;
        this.uniqueId = uniqueId;
        this.linkedId = linkedId;
        this.created = host.clock().now();
        this.state = state;
        this.context = context;
        this.exten = exten;
        this.priority = priority;
    }

    /**
     * Allocates a channel (ast_channel_alloc): it gets its Uniqueid, joins the registry and
     * publishes its first snapshot (Newchannel).
     *
     * @param requestorLinkedId the linkedid to inherit (Dial legs, Local halves), or null
     * @param assignedUniqueId a Uniqueid the client chose (Originate ChannelId), or null
     * @param uniqueIdPrefix "" or asterisk.conf systemname followed by '-'
     */
    public static SimChannel allocate(ChannelHost host, ChannelDriver driver, String name, ChannelState state,
                                      String context, String exten, String requestorLinkedId,
                                      String assignedUniqueId, String uniqueIdPrefix) {
        return allocate(host, driver, name, state, context, exten, requestorLinkedId, assignedUniqueId,
                uniqueIdPrefix, null);
    }

    /**
     * As above, with {@code initial} applied to the channel before its first snapshot is published
     * (what ast_channel_alloc takes as arguments besides the name: caller id, account code); may be
     * null.
     */
    public static SimChannel allocate(ChannelHost host, ChannelDriver driver, String name, ChannelState state,
                                      String context, String exten, String requestorLinkedId,
                                      String assignedUniqueId, String uniqueIdPrefix,
                                      java.util.function.Consumer<SimChannel> initial) {
        assert host.core().inCoreThread();
        int sequence = host.channels().nextUniqueIdSequence();
        String uniqueId = assignedUniqueId != null && !assignedUniqueId.isEmpty() ? assignedUniqueId
                : uniqueIdPrefix + host.clock().now().getEpochSecond() + "." + sequence;
        SimChannel c = new SimChannel(host, driver, name, uniqueId,
                requestorLinkedId != null && !requestorLinkedId.isEmpty() ? requestorLinkedId : uniqueId,
                state, context == null || context.isEmpty() ? "default" : context,
                exten == null || exten.isEmpty() ? "s" : exten, 1);
        if (initial != null) {
            initial.accept(c);
        }
        host.channels().add(c);
        c.publishSnapshot();
        return c;
    }

    // ---- identity ----

    public String name() { return name; }
    public String uniqueId() { return uniqueId; }
    public String linkedId() { return linkedId; }
    public String tech() { return driver.tech(); }
    public ChannelDriver driver() { return driver; }
    public Instant created() { return created; }
    public ChannelHost host() { return host; }

    /** spec 02 §2.6: the channel name up to its last '-'. */
    public String deviceName() {
        int dash = name.lastIndexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    // ---- state and parties ----

    public ChannelState state() { return state; }
    public Party caller() { return caller; }
    public Party connected() { return connected; }
    public String dnid() { return dnid; }
    public String language() { return language; }
    public String accountCode() { return accountCode; }
    public String peerAccount() { return peerAccount; }
    public String context() { return context; }
    public String exten() { return exten; }
    public int priority() { return priority; }
    public String application() { return application; }
    public String applicationData() { return applicationData; }
    public String bridgeId() { return bridgeId; }
    public int hangupCause() { return hangupCause; }
    /** Absolute hangup time in epoch milliseconds, 0 for none (AbsoluteTimeout). */
    public long whenToHangup() { return whenToHangup; }
    public int techCause() { return techCause; }
    /** Who or what hung the channel up (CHANNEL(hangupsource)), "" while nobody has. */
    public String hangupSource() { return hangupSource; }
    public boolean inAutoloop() { return inAutoloop; }
    public void inAutoloop(boolean on) { inAutoloop = on; }
    /** The channel's codecs, first preferred (Status Nativeformats / Readformat). */
    public java.util.List<String> nativeFormats() { return nativeFormats; }
    public void nativeFormats(java.util.List<String> formats) { nativeFormats = java.util.List.copyOf(formats); }
    /** AST_FLAG_OUTGOING: this channel was called (it cannot answer itself). */
    public boolean outgoing() { return outgoing; }
    public void markOutgoing() { outgoing = true; }
    /** Clears AST_FLAG_OUTGOING: a dialed channel that survives its bridge runs dialplan of its own. */
    public void clearOutgoing() { outgoing = false; }
    /** When the channel was first answered (ast_channel_answertime), or null; ANSWEREDTIME counts from it. */
    public Instant answeredAt() { return answeredAt; }
    /** AST_FLAG_ORIGINATED: Originate called this channel (CDR then does not treat it as dialed). */
    public boolean originated() { return originated; }
    public void markOriginated() { originated = true; }
    /** AST_FLAG_SUBROUTINE_EXEC (app_stack.c): set by Gosub, restored by Return; seen in the next snapshot. */
    public boolean inSubroutine() { return inSubroutine; }
    public void inSubroutine(boolean on) { inSubroutine = on; }
    /** AMA flags (1 OMIT, 2 BILLING, 3 DOCUMENTATION); setting them publishes nothing (channel_internal_api.c). */
    public int amaFlags() { return amaFlags; }
    public void setAmaFlags(int flags) { amaFlags = flags; changed(); }
    /** The user field (CHANNEL(userfield)); setting it publishes nothing. */
    public String userField() { return userField; }
    public void setUserField(String field) { userField = field == null ? "" : field; changed(); }
    /** The caller's ANI number, "" when none (ast_set_callerid sets it for Originate). */
    public String callerAni() { return callerAni; }
    public void setCallerAni(String ani) { callerAni = ani == null ? "" : ani; changed(); }

    /**
     * ast_setstate: a new state is published (Newstate) and the device re-evaluated; the same
     * state again does nothing.
     */
    public void setState(ChannelState newState) {
        assertCore();
        if (state == newState) {
            return;
        }
        state = newState;
        if (newState == ChannelState.UP && answeredAt == null) {
            answeredAt = host.clock().now();
        }
        publishSnapshot();
        host.deviceMayHaveChanged(this);
    }

    public void setCaller(Party p) { caller = p; changed(); }
    public void setConnected(Party p) { connected = p; changed(); }
    public void setDnid(String d) { dnid = d; changed(); }
    public void setLanguage(String l) { language = l; changed(); }
    public void setAccountCode(String a) { accountCode = a; changed(); }
    public void setPeerAccount(String a) { peerAccount = a; changed(); }
    public void setBridgeId(String id) { bridgeId = id; changed(); }
    public void setLinkedId(String id) { linkedId = id; changed(); }
    public void setHangupCause(int cause) { hangupCause = cause; }
    public void setTechCause(int cause) { techCause = cause; }
    /**
     * ast_set_hangupsource without force: the source is kept unless none is set yet; the other
     * channel of a two-party bridge the channel is in gets it on the same terms (channel.c).
     */
    public void setHangupSource(String source) {
        if (hangupSource.isEmpty()) {
            hangupSource = source;
        }
        SimChannel peer = host.bridgePeer(this);
        if (peer != null && peer.hangupSource.isEmpty()) {
            peer.hangupSource = source;
        }
    }

    /** Sets context, exten and priority without publishing (pbx.c set_ext_pri publishes itself). */
    public void setLocation(String ctx, String ext, int prio) {
        context = ctx;
        exten = ext;
        priority = prio;
    }

    public void setContext(String ctx) { context = ctx; }
    public void setExten(String ext) { exten = ext; }
    public void setPriority(int prio) { priority = prio; }

    /** The application and its data about to run (pbx_exec publishes them with the snapshot). */
    public void setApplication(String app, String data) {
        application = app;
        applicationData = data;
        // a staged section publishes it at its end (dial.c begin_dial_prerun stages appl/data)
        changed();
    }

    /** Renames the channel (masquerade, Local optimization); the caller publishes Rename. */
    public void rename(String newName) {
        String old = name;
        name = newName;
        host.channels().renamed(this, old);
    }

    // ---- snapshots ----

    /** The last published snapshot. */
    public ChannelSnapshot snapshot() {
        return snapshot;
    }

    /**
     * ast_channel_snapshot_create: a snapshot of the channel as it is now, changes not published
     * yet included; nothing is published (dial status messages carry these).
     */
    public ChannelSnapshot freshSnapshot() {
        assertCore();
        return takeSnapshot(hungUp);
    }

    /** ast_channel_stage_snapshot: changes until {@link #unstageSnapshot()} publish once. */
    public void stageSnapshot() {
        stageDepth++;
    }

    /**
     * ast_channel_stage_snapshot_done: publishes the snapshot, changed or not, as Asterisk does
     * (fields set without {@link #changed()} — application, location — show up this way).
     */
    public void unstageSnapshot() {
        if (--stageDepth == 0) {
            stagedChange = false;
            if (!hungUp) {
                publishSnapshot();
            }
        }
    }

    private void changed() {
        if (stageDepth > 0) {
            stagedChange = true;
        }
    }

    /** ast_channel_publish_snapshot (or remembers it for the end of a staged section). */
    public void publishSnapshot() {
        assertCore();
        if (stageDepth > 0) {
            stagedChange = true;
            return;
        }
        ChannelSnapshot previous = snapshot;
        snapshot = takeSnapshot(hungUp);
        host.publish(new ChannelSnapshotChanged(previous, snapshot));
    }

    private ChannelSnapshot takeSnapshot(boolean dead) {
        long timeToHangup = whenToHangup == 0 ? 0 : whenToHangup / 1000;
        return new ChannelSnapshot(name, uniqueId, linkedId, driver.tech(), state, caller, connected, dnid, language,
                accountCode, peerAccount, context, exten, priority, application, applicationData, bridgeId, created,
                hangupCause, techCause, hangupSource, timeToHangup, dead, host.managerVariables(this), amaFlags,
                userField, callerAni, outgoing, originated, softHangupFlags, inSubroutine);
    }

    // ---- variables (pbx_builtin_setvar_helper, pbx_builtin_getvar_helper) ----

    @Override
    public String get(String varName) {
        return variables.get(varName);
    }

    /**
     * Sets or deletes a channel variable. An assignment publishes VarSet (even of ""), a deletion
     * only when the old value was not empty (spec 02 §2.2.1). With channelvars configured the
     * snapshot is re-published first, so the VarSet already carries the new value.
     */
    @Override
    public void set(String varName, String value) {
        assertCore();
        boolean hadValue = variables.set(varName, value);
        if (value == null && !hadValue) {
            return;
        }
        if (!host.managerVariables(this).isEmpty() && stageDepth == 0) {
            publishSnapshot();
        }
        host.publish(new VariableSet(snapshot, varName, value == null ? "" : value));
    }

    /**
     * ast_channel_publish_varset: a VarSet for a variable stored some other way (LOCAL(x), a
     * copied variable); with channelvars configured the snapshot is re-published first.
     */
    public void announceVariable(String fullName, String value) {
        if (!host.managerVariables(this).isEmpty()) {
            publishSnapshot();
        }
        host.publish(new VariableSet(snapshot, fullName, value == null ? "" : value));
    }

    /** Stores a variable without any event (inheritance at allocation, Local call setup copies). */
    public void setQuietly(String varName, String value) {
        variables.set(varName, value);
    }

    /**
     * pbx_builtin_pushvar_helper: adds a variable in front without removing an older one of the
     * same name (Gosub's ARGn hide the caller's); no event.
     */
    public void pushVariable(String varName, String value) {
        variables.push(varName, value);
    }

    /** The stored variables, newest first (Asterisk's list order). */
    public List<VariableList.Entry> variables() {
        return variables.entries();
    }

    /** Appends at the tail of the list (ast_unreal_call_setup keeps the source's order so). */
    public void appendVariable(String fullName, String value) {
        variables.append(fullName, value);
    }

    @Override
    public boolean hasBuiltin(String varName) {
        switch (varName) {
            case "EXTEN": case "CONTEXT": case "PRIORITY": case "CHANNEL": case "UNIQUEID": case "HANGUPCAUSE":
            case "CALLINGPRES": case "CALLINGANI2": case "CALLINGTON": case "CALLINGTNS":
                return true;
            default:
                return false;
        }
    }

    @Override
    public String builtin(String varName) {
        switch (varName) {
            case "EXTEN": return exten;
            case "CONTEXT": return context;
            case "PRIORITY": return Integer.toString(priority);
            case "CHANNEL": return name;
            case "UNIQUEID": return uniqueId;
            case "HANGUPCAUSE": return Integer.toString(hangupCause);
            case "CALLINGPRES": return Integer.toString(caller.presentation());
            case "CALLINGANI2": case "CALLINGTON": case "CALLINGTNS": return "0";
            default: return null;
        }
    }

    // ---- attachments (what apps and drivers keep on a channel) ----

    public <T> T attachment(Class<T> type) {
        return type.cast(attachments.get(type));
    }

    public <T> void attach(Class<T> type, T value) {
        if (value == null) {
            attachments.remove(type);
        } else {
            attachments.put(type, value);
        }
    }

    public <T> T attachmentOr(Class<T> type, Function<SimChannel, T> create) {
        T value = attachment(type);
        if (value == null) {
            value = create.apply(this);
            attach(type, value);
        }
        return value;
    }

    // ---- hangups ----

    public int softHangupFlags() {
        return softHangupFlags;
    }

    /**
     * ast_check_hangup: any soft hangup flag is set (an async goto counts: it interrupts the
     * running application), or the channel is gone.
     */
    public boolean checkHangup() {
        return hungUp || softHangupFlags != 0;
    }

    public boolean isHungUp() {
        return hungUp;
    }

    public void clearSoftHangup(int flag) {
        softHangupFlags &= ~flag;
    }

    /** ast_softhangup_nolock: sets the flag and wakes the reader; no event. */
    public void softHangupQuietly(int flag) {
        assertCore();
        softHangupFlags |= flag;
        queueFrame(Frame.NULL);
        wakeSleeper(false);
    }

    /** ast_softhangup: as above, and publishes SoftHangupRequest with the flag as Cause. */
    public void softHangup(int flag) {
        softHangupQuietly(flag);
        host.publish(new HangupRequested(snapshot, flag, techCause, true));
    }

    /**
     * ast_queue_hangup_with_cause: publishes HangupRequest (with the cause when given, null for
     * ast_queue_hangup) and queues a hangup frame for the reader.
     */
    public void queueHangup(Integer cause) {
        assertCore();
        softHangupFlags |= SoftHangup.DEV;
        int frameCause = cause == null || cause < 0 ? hangupCause : cause;
        Integer shown = cause == null ? (hangupCause != 0 ? hangupCause : null) : cause;
        host.publish(new HangupRequested(snapshot, shown, techCause, false));
        queueFrame(Frame.hangup(frameCause));
    }

    /**
     * AbsoluteTimeout: soft-hang-up with TIMEOUT at {@code when} (0 cancels); uses PBX time.
     */
    public void setAbsoluteTimeout(long whenMillis) {
        if (absoluteTimeout != null) {
            absoluteTimeout.cancel();
            absoluteTimeout = null;
        }
        whenToHangup = whenMillis;
        if (whenMillis > 0) {
            long delay = Math.max(0, whenMillis - host.clock().millis());
            absoluteTimeout = host.core().schedule(Duration.ofMillis(delay), () -> {
                if (!hungUp) {
                    softHangupQuietly(SoftHangup.TIMEOUT);
                }
            });
        }
    }

    /**
     * ast_hangup: the technology's hangup hook, then the channel is destroyed and its final
     * snapshot (Hangup) published.
     */
    public void hangup() {
        assertCore();
        if (hungUp) {
            return;
        }
        hungUp = true;
        softHangupFlags |= SoftHangup.DEV;
        wakeSleeper(false);
        if (absoluteTimeout != null) {
            absoluteTimeout.cancel();
        }
        driver.hangup(this);
        reader = null;
        frames.clear();
        host.channels().remove(this);
        if (holds > 0) {
            destructionPending = true;
            return;
        }
        destroy();
    }

    /** The channel's end as the world sees it: the final snapshot (Hangup) and its device. */
    private void destroy() {
        publishSnapshot();
        host.channelDestroyed(this);
        host.deviceMayHaveChanged(this);
    }

    /**
     * Keeps the channel from being destroyed until {@link #release()}: Asterisk publishes a hung-up
     * channel's last snapshot only when its last reference goes (an async Originate holds one until
     * OriginateResponse is sent).
     */
    public void retain() {
        holds++;
    }

    /** Gives up a {@link #retain()}; a channel hung up meanwhile is destroyed now. */
    public void release() {
        if (holds > 0 && --holds == 0 && destructionPending) {
            destructionPending = false;
            destroy();
        }
    }

    // ---- answering ----

    /**
     * ast_raw_answer: a ringing incoming channel tells its technology and becomes Up (Newstate);
     * an outgoing or already answered one stays as it is. -1 when the channel is being hung up.
     */
    public int answer() {
        assertCore();
        if (outgoing) {
            return 0;
        }
        if (checkHangup()) {
            return -1;
        }
        if (state == ChannelState.RING || state == ChannelState.RINGING) {
            driver.answered(this);
            setState(ChannelState.UP);
        }
        return 0;
    }

    /**
     * __ast_answer: answers, then — if the channel was ringing — waits for media to flow: until
     * the first media frame or 500 ms without a delay, the full {@code max(delay, 500)} ms with
     * one. Completes with 0, or -1 when the channel hangs up meanwhile.
     */
    public CompletableFuture<Integer> answerAndWait(int delayMs) {
        boolean wasRinging = state == ChannelState.RING || state == ChannelState.RINGING;
        int res = answer();
        if (res != 0 || !wasRinging) {
            return CompletableFuture.completedFuture(res);
        }
        long wait = Math.max(delayMs, 500);
        if (delayMs <= 0) {
            Duration media = driver.firstMediaAfterAnswer();
            if (media != null) {
                wait = Math.min(wait, media.toMillis());
            }
        }
        return sleep(Duration.ofMillis(wait)).thenApply(timeUp -> timeUp ? 0 : -1);
    }

    public void indicate(Control condition) {
        driver.indicate(this, condition);
    }

    /** ast_write of a DTMF begin: announced (DTMFBegin, Direction: Sent) and passed to the technology. */
    public void writeDtmfBegin(char digit) {
        if (hungUp) {
            return;
        }
        host.publish(new DtmfReceived(snapshot, digit, false, 0, false));
        driver.sendDigitBegin(this, digit);
    }

    /** ast_write of a DTMF end: announced (DTMFEnd, Direction: Sent) and passed to the technology. */
    public void writeDtmfEnd(char digit, long durationMs) {
        if (hungUp) {
            return;
        }
        host.publish(new DtmfReceived(snapshot, digit, true, durationMs, false));
        driver.sendDigitEnd(this, digit, durationMs);
    }

    // ---- frames ----

    /**
     * Who reads this channel's frames now (an application, the dialer, a bridge). With none,
     * frames still take effect on the channel and are then dropped, as when Asterisk's
     * ast_safe_sleep reads a channel.
     */
    public void reader(FrameReader r) {
        this.reader = r;
    }

    public FrameReader reader() {
        return reader;
    }

    /** ast_queue_frame: delivered to the reader in a later core task, in order. */
    public void queueFrame(Frame f) {
        if (hungUp) {
            return;
        }
        frames.add(f);
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (drainScheduled) {
            return;
        }
        drainScheduled = true;
        host.core().execute(this::drainFrames);
    }

    private void drainFrames() {
        drainScheduled = false;
        // with no reader a frame still has its effect on the channel (state, cause, wake-up)
        while (!frames.isEmpty() && !hungUp) {
            Frame f = frames.poll();
            read(f);
        }
    }

    /** __ast_read's own handling of a frame, then the reader's. */
    private void read(Frame f) {
        if (f.is(Control.ANSWER) && state != ChannelState.UP) {
            // an outbound channel learns it was answered by reading the ANSWER frame
            setState(ChannelState.UP);
        } else if (f.is(Control.HANGUP)) {
            if (f.cause() > 0 && hangupCause == 0) {
                hangupCause = f.cause();
            }
            softHangupFlags |= SoftHangup.DEV;
            wakeSleeper(false);
        } else if (f.kind() == Frame.Kind.DTMF_BEGIN || f.kind() == Frame.Kind.DTMF_END) {
            // ast_read announces digits it reads (DTMFBegin / DTMFEnd, Direction: Received)
            host.publish(new DtmfReceived(snapshot, f.digit(), f.kind() == Frame.Kind.DTMF_END, f.durationMs(), true));
        }
        FrameReader r = reader;
        if (r != null) {
            r.onFrame(this, f);
        }
    }

    // ---- waiting (what Wait() and friends are built on) ----

    /**
     * Waits {@code duration} of PBX time. The stage completes with true when the time is up, false
     * when the channel was hung up first (the app then returns -1).
     */
    public CompletableFuture<Boolean> sleep(Duration duration) {
        assertCore();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        if (checkHangup()) {
            done.complete(false);
            return done;
        }
        sleeper = done;
        sleepTimer = host.core().schedule(duration, () -> wakeSleeper(true));
        return done;
    }

    /** Waits until the channel is hung up (Echo and friends with no time limit). */
    public CompletableFuture<Boolean> sleepUntilHangup() {
        assertCore();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        if (checkHangup()) {
            done.complete(false);
            return done;
        }
        sleeper = done;
        return done;
    }

    /** Ends a pending sleep (true: its time is up; false: interrupted). */
    public void wakeSleeper(boolean timeUp) {
        CompletableFuture<Boolean> s = sleeper;
        if (s == null) {
            return;
        }
        sleeper = null;
        if (sleepTimer != null) {
            sleepTimer.cancel();
            sleepTimer = null;
        }
        s.complete(timeUp);
    }

    // ---- masquerade (channel.c ast_channel_move / channel_do_masquerade) ----

    /**
     * Takes over {@code clone}'s identity, as channel_do_masquerade does with this channel as the
     * "original": the two swap Uniqueid, Linkedid, name, last snapshot, technology (the driver is
     * told through {@link ChannelDriver#fixup}), state and parties; this channel also takes the
     * clone's language, account code, variables, pending frames and outgoing flag, and keeps its own
     * dialplan location and application. The clone is left a zombie (soft-hung-up with DEV) under
     * this channel's former name and Uniqueid, so whatever still runs on it ends and hangs it up.
     * No event is published but this channel's new snapshot (no Rename: names are swapped directly).
     */
    public void masquerade(SimChannel clone) {
        assertCore();
        host.channels().remove(this);
        host.channels().remove(clone);
        String s = uniqueId; uniqueId = clone.uniqueId; clone.uniqueId = s;
        s = linkedId; linkedId = clone.linkedId; clone.linkedId = s;
        s = name; name = clone.name; clone.name = s;
        ChannelSnapshot snap = snapshot; snapshot = clone.snapshot; clone.snapshot = snap;
        ChannelDriver d = driver; driver = clone.driver; clone.driver = d;
        ChannelState st = state; state = clone.state; clone.state = st;
        Party p = caller; caller = clone.caller; clone.caller = p;
        p = connected; connected = clone.connected; clone.connected = p;
        s = dnid; dnid = clone.dnid; clone.dnid = s;
        language = clone.language;
        accountCode = clone.accountCode;
        nativeFormats = clone.nativeFormats;
        outgoing |= clone.outgoing;
        for (VariableList.Entry v : clone.variables.entries()) {
            variables.append(v.fullName(), v.value());
        }
        ArrayDeque<Frame> mine = new ArrayDeque<>(frames);
        frames.clear();
        frames.addAll(clone.frames);
        frames.addAll(mine);
        clone.frames.clear();
        host.channels().add(this);
        host.channels().add(clone);
        driver.fixup(clone, this);
        clone.softHangupFlags |= SoftHangup.DEV;
        clone.reader = null;
        publishSnapshot();
        if (!frames.isEmpty()) {
            scheduleDrain();
        }
        clone.queueFrame(Frame.NULL);
        clone.wakeSleeper(false);
    }

    private void assertCore() {
        assert host.core().inCoreThread() : "channels are core-thread only";
    }

    @Override
    public String toString() {
        return name;
    }
}
