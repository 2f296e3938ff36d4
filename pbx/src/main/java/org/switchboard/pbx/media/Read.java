package org.switchboard.pbx.media;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.DigitWait;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.AppOptions;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.exec.PbxRun;

/**
 * Read(variable[,filename[&filename2...]][,maxdigits][,options][,attempts][,timeout])
 * (app_read.c read_exec with app.c ast_app_getdata_terminator and channel.c ast_readstring): plays
 * the prompts (a digit interrupts them), then collects digits until the terminator ({@code #},
 * option {@code t(x)}), maxdigits or a timeout. The first digit may take the response timeout,
 * the next ones the digit timeout, unless a timeout is given. READSTATUS: OK, ERROR, HANGUP,
 * INTERRUPTED, SKIPPED or TIMEOUT. Options: {@code s} (skip when not answered), {@code n} (do not
 * answer), {@code e} (keep the terminator when nothing else was entered); {@code i} (indication
 * tones) is taken as no prompt.
 */
final class Read implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    /** ast_getdata_result values. */
    static final int FAILED = -1;
    static final int COMPLETE = 0;
    static final int TIMEOUT = 1;
    static final int EMPTY_END_TERMINATED = 3;

    @Override
    public String name() {
        return "Read";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel c = ctx.channel();
        c.set("READSTATUS", "ERROR");
        if (data.isEmpty()) {
            log.warn("Read requires an argument (variable)");
            return CONTINUE;
        }
        AppArgs args = AppArgs.standard(data, 6);
        AppOptions options = AppOptions.parse(CStrings.isEmpty(args.get(3)) ? null : args.get(3), "sinte");
        int tries = 1;
        if (!CStrings.isEmpty(args.get(4))) {
            tries = CScan.atoi(args.get(4));
            if (tries <= 0) {
                tries = 1;
            }
        }
        int timeout = 0;
        if (!CStrings.isEmpty(args.get(5))) {
            Double seconds = CScan.scanDouble(args.get(5));
            double s = seconds == null ? 0 : seconds;
            timeout = s <= 0 ? 0 : (int) (s * 1000.0);
        }
        String prompt = CStrings.isEmpty(args.get(1)) ? null : args.get(1);
        int maxDigits = 255;
        if (!CStrings.isEmpty(args.get(2))) {
            maxDigits = CScan.atoi(args.get(2));
            if (maxDigits < 1 || maxDigits > 255) {
                maxDigits = 255;
            } else {
                ctx.verbose(3, "Accepting a maximum of " + maxDigits + " digits.");
            }
        }
        String variable = args.get(0);
        if (CStrings.isEmpty(variable)) {
            log.warn("Invalid! Usage: Read(variable[,filename][,maxdigits][,option][,attempts][,timeout])\n");
            return CONTINUE;
        }
        if (options.has('i')) {
            prompt = null;
        }
        String terminator = "#";
        if (options.has('t')) {
            terminator = options.argument('t');
        }
        boolean keepTerminator = options.has('e');
        if (c.state() != ChannelState.UP && options.has('s')) {
            c.set(variable, "");
            c.set("READSTATUS", "SKIPPED");
            return CONTINUE;
        }
        CompletableFuture<Integer> answered = StreamPlayer.answerUnlessUp(c, options.has('n'));
        Attempt attempt = new Attempt(ctx, c, variable, prompt, maxDigits, timeout, terminator, keepTerminator, tries);
        return answered.thenCompose(res -> {
            if (res != 0) {
                return attempt.finish();
            }
            return attempt.next();
        }).thenApply(ignored -> 0);
    }

    /** The read_exec loop over its attempts. */
    private static final class Attempt {
        final AppContext ctx;
        final SimChannel c;
        final String variable;
        final String prompt;
        final int maxDigits;
        final int timeout;
        final String terminator;
        final boolean keepTerminator;
        int tries;
        String status = "ERROR";

        Attempt(AppContext ctx, SimChannel c, String variable, String prompt, int maxDigits, int timeout,
                String terminator, boolean keepTerminator, int tries) {
            this.ctx = ctx;
            this.c = c;
            this.variable = variable;
            this.prompt = prompt;
            this.maxDigits = maxDigits;
            this.timeout = timeout;
            this.terminator = terminator;
            this.keepTerminator = keepTerminator;
            this.tries = tries;
        }

        CompletableFuture<Integer> next() {
            if (tries <= 0) {
                return finish();
            }
            StringBuilder digits = new StringBuilder();
            return getData(ctx.pbx(), c, prompt, digits, maxDigits, timeout, terminator).thenCompose(res -> {
                String entered = digits.toString();
                if (res == COMPLETE) {
                    status = "OK";
                } else if (res == EMPTY_END_TERMINATED) {
                    if (keepTerminator) {
                        entered = terminator;
                    }
                    status = "OK";
                } else if (res == TIMEOUT) {
                    status = "TIMEOUT";
                }
                if (res > FAILED) {
                    c.set(variable, entered);
                    if (!entered.isEmpty()) {
                        ctx.verbose(3, "User entered '" + entered + "'");
                        tries = 0;
                    } else {
                        tries--;
                        if (tries > 0) {
                            ctx.verbose(3, "User entered nothing, " + tries + " chance" + (tries != 1 ? "s" : "")
                                    + " left");
                        } else {
                            ctx.verbose(3, "User entered nothing.");
                        }
                    }
                    return next();
                }
                c.set(variable, entered);
                ctx.verbose(3, "User disconnected");
                return finish();
            });
        }

        CompletableFuture<Integer> finish() {
            if (c.checkHangup()) {
                status = "HANGUP";
            }
            c.set("READSTATUS", status);
            return CompletableFuture.completedFuture(0);
        }
    }

    /**
     * ast_app_getdata_terminator: each prompt in turn, reading after it; the last prompt gets the
     * real timeouts, earlier ones 50 ms for the first digit.
     */
    static CompletableFuture<Integer> getData(Pbx pbx, SimChannel c, String prompt, StringBuilder digits, int maxLen,
                                              int timeout, String terminator) {
        List<String> prompts = Playback.files(prompt == null ? "" : prompt);
        return promptFrom(pbx, c, prompts, 0, digits, maxLen, timeout, terminator, COMPLETE);
    }

    private static CompletableFuture<Integer> promptFrom(Pbx pbx, SimChannel c, List<String> prompts, int index,
                                                         StringBuilder digits, int maxLen, int timeout,
                                                         String terminator, int last) {
        if (index >= prompts.size()) {
            return CompletableFuture.completedFuture(last);
        }
        String front = prompts.get(index);
        boolean lastPrompt = index == prompts.size() - 1;
        PbxRun run = PbxRun.of(c);
        long firstTimeout;
        long digitTimeout;
        if (lastPrompt) {
            firstTimeout = run != null ? run.responseTimeoutMs() : 6000;
            digitTimeout = run != null ? run.digitTimeoutMs() : 2000;
            if (timeout > 0) {
                firstTimeout = digitTimeout = timeout;
            }
            if (timeout < 0) {
                firstTimeout = digitTimeout = 1_000_000_000;
            }
        } else {
            firstTimeout = 50;
            digitTimeout = run != null ? run.digitTimeoutMs() : 2000;
        }
        CompletableFuture<Integer> played = front.isEmpty() ? CompletableFuture.completedFuture(0)
                : StreamPlayer.play(pbx, c, front, c.language(), DigitWait.ANY);
        long first0 = firstTimeout;
        long digit0 = digitTimeout;
        return played.thenCompose(first -> {
            if (first == StreamPlayer.OPEN_FAILED) {
                // a prompt that cannot be opened is skipped; as the last one it fails the read
                return promptFrom(pbx, c, prompts, index + 1, digits, maxLen, timeout, terminator, FAILED);
            }
            return readString(c, digits, maxLen, digit0, first0, terminator, first).thenCompose(res -> {
                if (res == EMPTY_END_TERMINATED || digits.length() > 0) {
                    return CompletableFuture.completedFuture(res);
                }
                return promptFrom(pbx, c, prompts, index + 1, digits, maxLen, timeout, terminator, res);
            });
        });
    }

    /**
     * ast_readstring: digits until a terminator, {@code maxLen} digits, or a timeout
     * ({@code firstTimeout} for the first digit). {@code pending} is a digit that interrupted the
     * prompt (0 for none, -1 for a hangup).
     */
    static CompletableFuture<Integer> readString(SimChannel c, StringBuilder s, int maxLen, long timeout,
                                                 long firstTimeout, String enders, int pending) {
        if (pending == 0 && c.checkHangup()) {
            return CompletableFuture.completedFuture(FAILED);
        }
        CompletableFuture<Integer> digit = pending != 0 ? CompletableFuture.completedFuture(pending)
                : DigitWait.waitForDigit(c, firstTimeout, null);
        return digit.thenCompose(d -> {
            if (d < 0) {
                return CompletableFuture.completedFuture(FAILED);
            }
            if (d == 0) {
                return CompletableFuture.completedFuture(TIMEOUT);
            }
            char ch = (char) d.intValue();
            boolean ender = enders.indexOf(ch) >= 0;
            if (ender && s.length() == 0) {
                return CompletableFuture.completedFuture(EMPTY_END_TERMINATED);
            }
            if (!ender) {
                s.append(ch);
            }
            if (ender || s.length() >= maxLen) {
                return CompletableFuture.completedFuture(COMPLETE);
            }
            return readString(c, s, maxLen, timeout, timeout, enders, 0);
        });
    }
}
