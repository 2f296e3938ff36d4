package org.switchboard.pbx.module;

/** ast_module_load_result, with the Status text the Load event carries (loader.c load_results). */
public enum LoadResult {
    SUCCESS("Success"),
    DECLINE("Decline"),
    SKIP("Skip"),
    PRIORITY("Priority"),
    FAILURE("Failure");

    private final String text;

    LoadResult(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
