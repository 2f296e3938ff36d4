package org.switchboard.pbx.dialplan;

/**
 * The answer of a dialplan lookup (pbx.c pbx_find_extension with its {@code pbx_find_info}).
 *
 * @param status       how far the search got (the furthest over all included contexts)
 * @param priority     the priority found, or null
 * @param extension    the extension it belongs to, or null
 * @param foundContext the context it was found in (an included one, possibly), or null
 */
public record FindResult(Status status, Priority priority, Extension extension, String foundContext) {

    /** pbx.c STATUS_*: what the search reached, in increasing order. */
    public enum Status {
        /** The context does not exist. */
        NO_CONTEXT,
        /** No extension matched. */
        NO_EXTENSION,
        /** An extension matched but lacks the priority. */
        NO_PRIORITY,
        /** An extension matched but lacks the label. */
        NO_LABEL,
        /** Found. */
        SUCCESS
    }

    /** True when a priority was found. */
    public boolean found() {
        return priority != null;
    }

    /**
     * The NOTICE pbx_extension_helper logs when spawning fails
     * ({@code Cannot find extension context 'x'}, ...), or null on success.
     */
    public String notice(String context, String exten, int priorityNumber, String label) {
        switch (status) {
            case NO_CONTEXT:
                return "Cannot find extension context '" + context + "'";
            case NO_EXTENSION:
                return "Cannot find extension '" + exten + "' in context '" + context + "'";
            case NO_PRIORITY:
                return "No such priority " + priorityNumber + " in extension '" + exten + "' in context '" + context + "'";
            case NO_LABEL:
                return "No such label '" + (label == null ? "" : label) + "' in extension '" + exten + "' in context '"
                        + context + "'";
            default:
                return null;
        }
    }
}
