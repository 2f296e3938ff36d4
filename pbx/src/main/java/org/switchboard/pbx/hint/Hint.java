package org.switchboard.pbx.hint;

import java.util.List;

import org.switchboard.pbx.dialplan.Priority;
import org.switchboard.pbx.presence.PresenceState;

/**
 * One dialplan hint being watched (pbx.c struct ast_hint): the hint priority of exten@context, the
 * extension state last reported for it and the last presence. Owned by {@link Hints}; read-only
 * outside it. Core thread only.
 */
public final class Hint {
    private final String context;
    private Priority exten;
    int lastState;
    PresenceState lastPresence = PresenceState.NOT_SET;
    String lastSubtype;
    String lastMessage;
    List<String> devices = List.of();

    Hint(String context, Priority exten) {
        this.context = context;
        this.exten = exten;
    }

    /** The context of the hint's extension. */
    public String context() {
        return context;
    }

    /** The extension's name as reported in events ({@code _XNNN} for a pattern hint). */
    public String exten() {
        return exten.extensionName();
    }

    /** The extension as ExtensionStateList prints it (ast_exten's exten). */
    public String matchName() {
        return exten.matchName();
    }

    /** The hint text: devices joined by {@code &}, optionally {@code ,presence providers}. */
    public String app() {
        return exten.app();
    }

    /** The extension state last computed (spec 02 §5.4). */
    public int lastState() {
        return lastState;
    }

    public PresenceState lastPresence() {
        return lastPresence;
    }

    /** The last presence subtype, or null. */
    public String lastSubtype() {
        return lastSubtype;
    }

    /** The last presence message, or null. */
    public String lastMessage() {
        return lastMessage;
    }

    /** True for a pattern hint ({@code _...}). */
    public boolean isPattern() {
        return exten.matchName().startsWith("_");
    }

    Priority priority() {
        return exten;
    }

    void rebind(Priority p) {
        exten = p;
    }

    boolean removed() {
        return exten == null;
    }

    void markRemoved() {
        exten = null;
    }
}
