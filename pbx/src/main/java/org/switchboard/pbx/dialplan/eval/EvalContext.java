package org.switchboard.pbx.dialplan.eval;

import java.time.Instant;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.expr.Expression;
import org.switchboard.pbx.dialplan.expr.ExpressionHost;

/**
 * Where variables, functions and expressions are evaluated: a channel's variables (or none, as
 * when Asterisk loads [globals] or runs a CLI command) on top of the globals, with the shared
 * {@link DialplanRuntime}. The channel layer extends this class to carry the channel itself, so
 * that functions such as CALLERID or CHANNEL can reach it; the functions here only need what this
 * class offers.
 *
 * <p>Variable lookup ({@link #retrieveVariable}) follows ast_str_retrieve_variable: the channel's
 * computed variables, then the system variables ({@code EPOCH}, {@code SYSTEMNAME},
 * {@code AST*DIR}, {@code ENTITYID}), then the channel's stored variables, then the globals.
 *
 * <p>Core thread only, like the state it reads.
 */
public class EvalContext implements ExpressionHost {
    private static final Logger LOG = LoggerFactory.getLogger(EvalContext.class);

    /** ast_func_read's workspace in substitutions (VAR_BUF_SIZE). */
    static final int FUNCTION_BUFFER = 4096;
    /** op_func's workspace inside {@code $[...]}. */
    static final int EXPRESSION_FUNCTION_BUFFER = 512;

    private final DialplanRuntime runtime;
    private final VariableScope channel;

    /**
     * @param runtime the shared runtime
     * @param channel the channel's variables, or null for a context without a channel
     */
    public EvalContext(DialplanRuntime runtime, VariableScope channel) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.channel = channel;
    }

    /** A context without a channel (pbx_config's [globals], CLI evaluation, AMI without Channel). */
    public static EvalContext withoutChannel(DialplanRuntime runtime) {
        return new EvalContext(runtime, null);
    }

    public DialplanRuntime runtime() {
        return runtime;
    }

    /** True when a channel is behind this context (Asterisk's {@code chan != NULL}). */
    public boolean hasChannel() {
        return channel != null;
    }

    /** The channel's variables, or null. */
    public VariableScope channelVariables() {
        return channel;
    }

    public GlobalVariables globals() {
        return runtime.globals();
    }

    /** The current instant from the runtime's clock. */
    public Instant now() {
        return runtime.clock().now();
    }

    /**
     * True when dangerous functions must be refused here: Asterisk inhibits escalations on threads
     * serving AMI, ARI and other external requests. Channel contexts running dialplan return false
     * (the default); the manager's contexts override this.
     */
    public boolean escalationsInhibited() {
        return false;
    }

    /** pbx_builtin_getvar_helper: the channel's stored variables, then the globals (no computed ones). */
    public String getVariable(String name) {
        if (name == null) {
            return null;
        }
        if (channel != null) {
            String v = channel.get(name);
            if (v != null) {
                return v;
            }
        }
        return runtime.globals().get(name);
    }

    /**
     * ast_str_retrieve_variable: computed channel variables, system variables, stored channel
     * variables, globals; null when unset.
     */
    public String retrieveVariable(String name) {
        if (channel != null && channel.hasBuiltin(name)) {
            return channel.builtin(name);
        }
        if (name.equals("EPOCH")) {
            return Integer.toString((int) now().getEpochSecond());
        }
        SystemVariables system = runtime.systemVariables();
        if (system.has(name)) {
            return system.get(name);
        }
        return getVariable(name);
    }

    /**
     * pbx_builtin_setvar_helper: a name ending in {@code )} writes a function; otherwise the
     * variable is set on the channel, or in the globals when there is no channel. A null value
     * deletes.
     */
    public void setVariable(String name, String value) {
        if (!name.isEmpty() && name.charAt(name.length() - 1) == ')') {
            writeFunction(name, value);
            return;
        }
        if (channel != null) {
            channel.set(name, value);
        } else {
            runtime.globals().set(name, value);
        }
    }

    /** pbx_substitute_variables_helper: {@code ${...}} and {@code $[...]} replaced, at most 8191 chars. */
    public String substitute(String template) {
        return Substitution.substitute(this, template, Substitution.DEFAULT_MAX_LENGTH);
    }

    /**
     * {@code ${name}} as the functions that take a variable name expand it
     * (ast_str_substitute_variables with a growing buffer): "" when unset.
     */
    public String expandVariable(String name) {
        return Substitution.substitute(this, "${" + name + "}", Substitution.UNLIMITED);
    }

    /** The value of {@code $[expression]} (the text between the brackets, already substituted). */
    public String evaluateExpression(String expression) {
        return Expression.evaluate(expression, this);
    }

    /**
     * ast_func_read: {@code call} is {@code NAME(args)} after substitution. Returns the value, or
     * null when the function is unknown, unreadable, blocked or fails (each logged as Asterisk
     * logs it).
     */
    public String readFunction(String call) {
        FunctionCall fc = FunctionCall.parse(call);
        DialplanFunction f = runtime.functions().find(fc.name());
        if (f == null) {
            LOG.error("Function {} not registered", fc.name());
            return null;
        }
        if (!f.canRead()) {
            LOG.error("Function {} cannot be read", fc.name());
            return null;
        }
        if (f.readEscalates() && escalationsInhibited() && !runtime.liveDangerously()) {
            LOG.error("Dangerous function {} read blocked", fc.name());
            return null;
        }
        String value = f.reader().read(this, fc.name(), fc.args());
        return value == null ? null : CStrings.truncate(value, FUNCTION_BUFFER - 1);
    }

    /** ast_func_write: false when the function is unknown, not writable, blocked or fails. */
    public boolean writeFunction(String call, String value) {
        FunctionCall fc = FunctionCall.parse(call);
        DialplanFunction f = runtime.functions().find(fc.name());
        if (f == null) {
            LOG.error("Function {} not registered", fc.name());
            return false;
        }
        if (!f.canWrite()) {
            LOG.error("Function {} cannot be written to", fc.name());
            return false;
        }
        if (f.writeEscalates() && escalationsInhibited() && !runtime.liveDangerously()) {
            LOG.error("Dangerous function {} write blocked", fc.name());
            return false;
        }
        return f.writer().write(this, fc.name(), fc.args(), value);
    }

    /**
     * op_func's call of a dialplan function inside {@code $[...]}: only with a channel, only
     * functions with a classic read callback; the value is cut to 511 chars.
     */
    @Override
    public String readFunctionInExpression(String name, String args) {
        DialplanFunction f = runtime.functions().find(name);
        if (channel == null) {
            LOG.warn("Hey! chan is NULL.");
        }
        if (f == null) {
            LOG.warn("Hey! could not find func {}.", name);
        }
        if (f == null || channel == null) {
            LOG.error("Error! '{}' doesn't appear to be an available function!", name);
            return null;
        }
        if (!f.readableInExpressions()) {
            LOG.error("Error! Function '{}' cannot be read!", name);
            return null;
        }
        String value = f.reader().read(this, name, args);
        // the function's return code is ignored there; a failed read leaves an empty workspace
        return CStrings.truncate(value == null ? "" : value, EXPRESSION_FUNCTION_BUFFER - 1);
    }
}
