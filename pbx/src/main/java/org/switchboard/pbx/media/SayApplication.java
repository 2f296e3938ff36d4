package org.switchboard.pbx.media;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.DigitWait;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * SayDigits, SayAlpha, SayAlphaCase, SayPhonetic and SayNumber (pbx_builtins.c): the files of
 * {@link SayFiles} played one after the other; a digit interrupts them only when the channel
 * variable SAY_DTMF_INTERRUPT is true, and is then returned to the PBX loop. Files the
 * {@link SoundLibrary} does not have are left out, as ast_fileexists leaves them out.
 */
final class SayApplication implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    private final String name;
    private final Function<Request, CompletableFuture<Integer>> body;

    private record Request(AppContext ctx, SimChannel channel, String data, String breakOn) { }

    private SayApplication(String name, Function<Request, CompletableFuture<Integer>> body) {
        this.name = name;
        this.body = body;
    }

    static SayApplication sayDigits() {
        return new SayApplication("SayDigits", r -> say(r, SayFiles.digits(r.data())));
    }

    static SayApplication sayAlpha() {
        return new SayApplication("SayAlpha", r -> say(r, SayFiles.characters(r.data(), SayFiles.Case.NONE)));
    }

    static SayApplication sayPhonetic() {
        return new SayApplication("SayPhonetic", r -> say(r, SayFiles.phonetic(r.data())));
    }

    static SayApplication sayAlphaCase() {
        return new SayApplication("SayAlphaCase", r -> {
            if (r.data().isEmpty()) {
                log.warn("SayAlphaCase requires two arguments (options, characters)");
                return CompletableFuture.completedFuture(0);
            }
            AppArgs args = AppArgs.standard(r.data(), 2);
            String options = args.get(0);
            if (options == null || options.length() != 1) {
                log.warn("SayAlphaCase options are mutually exclusive and required");
                return CompletableFuture.completedFuture(0);
            }
            SayFiles.Case sensitivity;
            switch (options.charAt(0)) {
                case 'a': sensitivity = SayFiles.Case.ALL; break;
                case 'l': sensitivity = SayFiles.Case.LOWER; break;
                case 'n': sensitivity = SayFiles.Case.NONE; break;
                case 'u': sensitivity = SayFiles.Case.UPPER; break;
                default:
                    log.warn("Invalid option: '{}'", options);
                    return CompletableFuture.completedFuture(0);
            }
            return say(r, SayFiles.characters(args.getOrEmpty(1), sensitivity));
        });
    }

    /** SayNumber(digits[,gender]). */
    static SayApplication sayNumber() {
        return new SayApplication("SayNumber", r -> {
            if (r.data().isEmpty()) {
                log.warn("SayNumber requires an argument (number)");
                return CompletableFuture.completedFuture(-1);
            }
            String text = CStrings.truncate(r.data(), 255);
            int comma = text.indexOf(',');
            String number = comma < 0 ? text : text.substring(0, comma);
            Integer value = strToInt(number);
            if (value == null) {
                log.warn("argument '{}' to SayNumber could not be parsed as a number.", number);
                return CompletableFuture.completedFuture(0);
            }
            if (comma >= 0) {
                String rest = text.substring(comma + 1);
                int next = rest.indexOf(',');
                String options = next < 0 ? rest : rest.substring(0, next);
                if (!options.equalsIgnoreCase("f") && !options.equalsIgnoreCase("m")
                        && !options.equalsIgnoreCase("c") && !options.equalsIgnoreCase("n")) {
                    log.warn("SayNumber gender option is either 'f', 'm', 'c' or 'n'");
                    return CompletableFuture.completedFuture(-1);
                }
            }
            boolean interrupt = !r.breakOn().isEmpty();
            return say(r, SayFiles.number(value)).thenApply(res -> interrupt ? res : 0);
        });
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel c = ctx.channel();
        String breakOn = CStrings.isTrue(c.get("SAY_DTMF_INTERRUPT")) ? DigitWait.ANY : "";
        return body.apply(new Request(ctx, c, data, breakOn));
    }

    private static CompletableFuture<Integer> say(Request r, List<String> files) {
        Pbx pbx = r.ctx().pbx();
        List<String> present = files.stream().filter(pbx.sounds()::exists).toList();
        return StreamPlayer.playAll(pbx, r.channel(), present, r.channel().language(), r.breakOn())
                .thenApply(res -> res == StreamPlayer.OPEN_FAILED ? -1 : res);
    }

    /** ast_str_to_int: the whole text is a decimal int (leading blanks and a sign allowed). */
    static Integer strToInt(String s) {
        String t = s.stripLeading();
        if (t.isEmpty()) {
            return null;
        }
        int i = t.charAt(0) == '+' || t.charAt(0) == '-' ? 1 : 0;
        if (i >= t.length()) {
            return null;
        }
        for (int j = i; j < t.length(); j++) {
            if (t.charAt(j) < '0' || t.charAt(j) > '9') {
                return null;
            }
        }
        try {
            return Integer.parseInt(t.charAt(0) == '+' ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
