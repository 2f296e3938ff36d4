package org.switchboard.pbx.dialplan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.switchboard.pbx.dialplan.eval.DialplanRuntime;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.dialplan.eval.FunctionRegistry;
import org.switchboard.pbx.dialplan.eval.VariableList;
import org.switchboard.pbx.dialplan.eval.VariableScope;
import org.switchboard.pbx.dialplan.func.BuiltinFunctions;
import org.switchboard.pbx.time.VirtualClock;

/** A runtime with every built-in function, a virtual clock, UTC and a seeded RAND. */
public final class TestRuntime {
    /** 2023-11-14T22:13:20Z, a Tuesday. */
    public static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    private TestRuntime() { }

    public static DialplanRuntime create() {
        return create(ZoneOffset.UTC);
    }

    public static DialplanRuntime create(ZoneId zone) {
        return DialplanRuntime.builder(new VirtualClock(NOW))
                .functions(BuiltinFunctions.registerAll(new FunctionRegistry()))
                .systemZone(zone)
                .random(new Random(42))
                .build();
    }

    /** A channel's variables for tests: a VariableList plus EXTEN, CONTEXT and PRIORITY. */
    public static final class Channel implements VariableScope {
        public final VariableList variables = new VariableList();
        public final Map<String, String> builtins = new HashMap<>();

        public Channel() {
            builtins.put("EXTEN", "100");
            builtins.put("CONTEXT", "default");
            builtins.put("PRIORITY", "1");
            builtins.put("CHANNEL", "PJSIP/alice-00000001");
        }

        @Override
        public String get(String name) {
            return variables.get(name);
        }

        @Override
        public void set(String name, String value) {
            variables.set(name, value);
        }

        @Override
        public boolean hasBuiltin(String name) {
            return builtins.containsKey(name);
        }

        @Override
        public String builtin(String name) {
            return builtins.get(name);
        }
    }

    /** A context on a fresh test channel. */
    public static EvalContext channelContext(DialplanRuntime runtime, Channel channel) {
        return new EvalContext(runtime, channel);
    }
}
