package org.switchboard.pbx.dialplan;

import org.switchboard.pbx.dialplan.eval.VariableScope;

/** ast_dummy_channel_alloc with its exten and context set: no variables of its own. */
final class HintDummyChannel implements VariableScope {
    private final String context;
    private final String exten;

    HintDummyChannel(String context, String exten) {
        this.context = context;
        this.exten = exten;
    }

    @Override
    public String get(String name) {
        return null;
    }

    @Override
    public void set(String name, String value) {
        // a dummy channel's variables vanish with it
    }

    @Override
    public boolean hasBuiltin(String name) {
        return name.equals("EXTEN") || name.equals("CONTEXT") || name.equals("PRIORITY");
    }

    @Override
    public String builtin(String name) {
        switch (name) {
            case "EXTEN":
                return exten;
            case "CONTEXT":
                return context;
            default:
                return "0";
        }
    }
}
