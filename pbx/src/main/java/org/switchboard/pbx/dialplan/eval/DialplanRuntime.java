package org.switchboard.pbx.dialplan.eval;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Random;

import org.switchboard.pbx.time.Clock;

/**
 * What every evaluation shares: the function registry, the global variables, the clock (for
 * EPOCH, STRFTIME, IFTIME and include timings), the zone Asterisk would read from
 * {@code /etc/localtime}, the system variables, the random source behind RAND, and
 * {@code live_dangerously}. Build one per PBX with {@link #builder(Clock)}.
 */
public final class DialplanRuntime {
    private final FunctionRegistry functions;
    private final GlobalVariables globals;
    private final Clock clock;
    private final ZoneId systemZone;
    private final SystemVariables systemVariables;
    private final Random random;
    private final boolean liveDangerously;

    private DialplanRuntime(Builder b) {
        this.functions = b.functions;
        this.globals = b.globals;
        this.clock = b.clock;
        this.systemZone = b.systemZone;
        this.systemVariables = b.systemVariables;
        this.random = b.random;
        this.liveDangerously = b.liveDangerously;
    }

    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    public FunctionRegistry functions() {
        return functions;
    }

    public GlobalVariables globals() {
        return globals;
    }

    public Clock clock() {
        return clock;
    }

    /** The zone used when a timing or STRFTIME names none. */
    public ZoneId systemZone() {
        return systemZone;
    }

    public SystemVariables systemVariables() {
        return systemVariables;
    }

    /** The source of RAND (ast_random); seed it for repeatable tests. */
    public Random random() {
        return random;
    }

    /** asterisk.conf {@code live_dangerously}: dangerous functions are allowed from anywhere. */
    public boolean liveDangerously() {
        return liveDangerously;
    }

    /** Builds a {@link DialplanRuntime}; everything but the clock has a default. */
    public static final class Builder {
        private final Clock clock;
        private FunctionRegistry functions = new FunctionRegistry();
        private GlobalVariables globals = new GlobalVariables();
        private ZoneId systemZone = ZoneId.systemDefault();
        private SystemVariables systemVariables = SystemVariables.defaults();
        private Random random = new Random();
        private boolean liveDangerously;

        private Builder(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        public Builder functions(FunctionRegistry functions) {
            this.functions = Objects.requireNonNull(functions);
            return this;
        }

        public Builder globals(GlobalVariables globals) {
            this.globals = Objects.requireNonNull(globals);
            return this;
        }

        public Builder systemZone(ZoneId zone) {
            this.systemZone = Objects.requireNonNull(zone);
            return this;
        }

        public Builder systemVariables(SystemVariables variables) {
            this.systemVariables = Objects.requireNonNull(variables);
            return this;
        }

        public Builder random(Random random) {
            this.random = Objects.requireNonNull(random);
            return this;
        }

        public Builder liveDangerously(boolean liveDangerously) {
            this.liveDangerously = liveDangerously;
            return this;
        }

        public DialplanRuntime build() {
            return new DialplanRuntime(this);
        }
    }
}
