package org.switchboard.pbx.module;

/**
 * ast_module_reload_result; {@link #code()} is the number the Reload event's {@code Status}
 * carries (include/asterisk/module.h, spec 02 §2.7).
 */
public enum ReloadResult {
    SUCCESS(0),
    QUEUED(1),
    NOT_FOUND(2),
    ERROR(3),
    IN_PROGRESS(4),
    UNINITIALIZED(5),
    NOT_IMPLEMENTED(6);

    private final int code;

    ReloadResult(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
