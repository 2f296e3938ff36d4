package org.switchboard.pbx.stack;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.dialplan.FindResult;
import org.switchboard.pbx.dialplan.pattern.MatchMode;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.exec.Exec;
import org.switchboard.pbx.log.Verbose;

/**
 * Running a dialplan subroutine to its Return from code (app_stack.c gosub_run and
 * ast_app_exec_sub): what hangup handlers, pre-dial handlers and the Dial/Originate subroutine
 * options use. The channel's location is put back afterwards (unless an async goto moved it).
 */
public final class Subroutine {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private final Pbx pbx;
    private final SimChannel channel;
    private final String subArgs;
    private final boolean ignoreHangup;
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private String savedContext;
    private String savedExten;
    private int savedPriority;
    private int savedHangupFlags;
    private boolean savedAutoloop;
    private boolean savedInSubroutine;
    private boolean found;

    private Subroutine(Pbx pbx, SimChannel channel, String subArgs, boolean ignoreHangup) {
        this.pbx = pbx;
        this.channel = channel;
        this.subArgs = subArgs;
        this.ignoreHangup = ignoreHangup;
    }

    /**
     * ast_app_exec_sub: {@code subArgs} is {@code [[context,]exten,]priority[(args)]}, completed
     * from the channel's location (expand_gosub_args), then run as {@link #run}.
     */
    public static CompletableFuture<Integer> execute(Pbx pbx, SimChannel channel, String subArgs,
                                                     boolean ignoreHangup) {
        return run(pbx, channel, expandArgs(channel, subArgs), ignoreHangup);
    }

    /**
     * gosub_run: Gosub to {@code subArgs} and run priorities until the matching Return. Completes
     * with 0 when the subroutine ran (whatever its end), -1 when the Gosub itself failed.
     * {@code ignoreHangup} keeps it running on a hung-up channel (hangup handlers).
     */
    public static CompletableFuture<Integer> run(Pbx pbx, SimChannel channel, String subArgs, boolean ignoreHangup) {
        Subroutine s = new Subroutine(pbx, channel, subArgs, ignoreHangup);
        s.start();
        return s.done;
    }

    /** expand_gosub_args: {@code context,exten,priority[(args)]} with the missing parts from the channel. */
    static String expandArgs(SimChannel channel, String args) {
        int open = args.indexOf('(');
        String label = open < 0 ? args : args.substring(0, open);
        String parse = null;
        if (open >= 0) {
            parse = args.substring(open + 1);
            int close = parse.lastIndexOf(')');
            if (close >= 0) {
                parse = parse.substring(0, close);
            } else {
                log.warn("Ouch.  No closing paren: '{}'?", args);
            }
        }
        String[] f = label.split(",", 3);
        String context = f[0];
        String exten = f.length > 1 ? f[1] : null;
        String pri = f.length > 2 ? f[2] : null;
        if (exten == null) {
            pri = context;
            context = null;
        } else if (pri == null) {
            pri = exten;
            exten = context;
            context = null;
        }
        if (exten == null || exten.isEmpty()) {
            exten = channel.exten();
        }
        if (context == null || context.isEmpty()) {
            context = channel.context();
        }
        String base = context + "," + exten + "," + pri;
        return parse == null || parse.isEmpty() ? base : base + "(" + parse + ")";
    }

    private void start() {
        Verbose.log(log, 3, channel.name() + " Internal Gosub(" + subArgs + ") start");
        savedHangupFlags = channel.softHangupFlags() & SoftHangup.ASYNCGOTO;
        if (savedHangupFlags != 0) {
            channel.clearSoftHangup(SoftHangup.ASYNCGOTO);
        }
        savedAutoloop = channel.inAutoloop();
        channel.inAutoloop(true);
        savedContext = channel.context();
        savedExten = channel.exten();
        savedPriority = channel.priority();
        GosubStack existing = GosubStack.of(channel);
        savedInSubroutine = existing != null && existing.inSubroutine();
        int res = Gosub.gosub(pbx, channel, subArgs);
        if (res != 0) {
            restore(res);
            return;
        }
        GosubStack.of(channel).top().markSpecial();
        step();
    }

    /** The do-while of gosub_run: next priority until an application returns non-zero. */
    private void step() {
        while (true) {
            if (channel.checkHangup()) {
                if ((channel.softHangupFlags() & SoftHangup.ASYNCGOTO) != 0) {
                    log.error("{} An async goto just messed up our execution location.", channel.name());
                    finishRun(0);
                    return;
                }
                if (!ignoreHangup) {
                    finishRun(0);
                    return;
                }
            }
            channel.setPriority(channel.priority() + 1);
            CompletableFuture<Integer> f = spawn();
            if (!f.isDone()) {
                f.whenComplete((r, e) -> {
                    int res = r == null ? -1 : r;
                    if (res == 0) {
                        step();
                    } else {
                        finishRun(res);
                    }
                });
                return;
            }
            int res = f.getNow(-1);
            if (res != 0) {
                finishRun(res);
                return;
            }
        }
    }

    private CompletableFuture<Integer> spawn() {
        FindResult r = pbx.dialplan().find(channel.context(), channel.exten(), channel.priority(), null,
                Gosub.callerNumber(channel), MatchMode.MATCH, pbx.clock().now());
        found = r.found();
        if (!found) {
            return CompletableFuture.completedFuture(-1);
        }
        Application app = pbx.applications().find(r.priority().app()).orElse(null);
        if (app == null) {
            log.warn("No application '{}' for extension ({}, {}, {})", r.priority().app(), channel.context(),
                    channel.exten(), channel.priority());
            return CompletableFuture.completedFuture(-1);
        }
        if ((channel.softHangupFlags() & SoftHangup.ASYNCGOTO) != 0) {
            return CompletableFuture.completedFuture(0);
        }
        return Exec.run(pbx, channel, app, r.priority().appData(), channel.context()).toCompletableFuture();
    }

    private void finishRun(int res) {
        if (found && res != 0) {
            Verbose.log(log, 2, "Spawn extension (" + channel.context() + ", " + channel.exten() + ", "
                    + channel.priority() + ") exited non-zero on '" + channel.name() + "'");
        }
        if (channel.priority() == savedPriority && channel.context().equals(savedContext)
                && channel.exten().equals(savedExten)) {
            String retval = channel.get("GOSUB_RETVAL");
            Verbose.log(log, 3, channel.name() + " Internal Gosub(" + subArgs + ") complete GOSUB_RETVAL="
                    + (retval == null ? "" : retval));
        } else {
            log.warn("{} Abnormal 'Gosub({})' exit.  Popping routine return locations.", channel.name(), subArgs);
            balanceStack();
            channel.set("GOSUB_RETVAL", "");
        }
        restore(0);
    }

    /** balance_stack: pops frames up to and including the special one this run pushed. */
    private void balanceStack() {
        GosubStack stack = GosubStack.of(channel);
        if (stack == null) {
            log.warn("No Gosub stack allocated.");
            return;
        }
        while (true) {
            GosubStack.Frame f = stack.pop();
            if (f == null) {
                return;
            }
            GosubStack.release(channel, f);
            if (f.special()) {
                return;
            }
        }
    }

    private void restore(int res) {
        if ((channel.softHangupFlags() & SoftHangup.ASYNCGOTO) == 0) {
            channel.setLocation(savedContext, savedExten, savedPriority);
        }
        channel.inAutoloop(savedAutoloop);
        GosubStack stack = GosubStack.of(channel);
        if (stack != null) {
            stack.inSubroutine(savedInSubroutine);
        }
        if (savedHangupFlags != 0) {
            channel.softHangupQuietly(savedHangupFlags);
        }
        done.complete(res);
    }
}
