package org.switchboard.pbx.channel;

/**
 * A party id (caller or connected line): number and name, each valid or not. An invalid or empty
 * field prints as {@code <unknown>} in channel blocks (spec 02 §1.1).
 */
public record Party(String number, String name, boolean numberValid, boolean nameValid) {
    public static final Party NONE = new Party("", "", false, false);

    public static Party of(String number, String name) {
        return new Party(number == null ? "" : number, name == null ? "" : name, number != null, name != null);
    }

    /** What a snapshot shows: the number if valid, else "". */
    public String shownNumber() {
        return numberValid ? number : "";
    }

    public String shownName() {
        return nameValid ? name : "";
    }

    public Party withNumber(String n) {
        return new Party(n == null ? "" : n, name, n != null, nameValid);
    }

    public Party withName(String n) {
        return new Party(number, n == null ? "" : n, numberValid, n != null);
    }

    /**
     * The combined presentation (callerid.c ast_party_id_presentation): allowed and not
     * screened (0) when a number or name is valid, 67 ("Number Unavailable") when neither is.
     */
    public int presentation() {
        return numberValid || nameValid ? 0 : 67;
    }

    /** ast_describe_caller_presentation for the values Switchboard produces. */
    public static String describePresentation(int pres) {
        switch (pres) {
            case 0: return "Presentation Allowed, Not Screened";
            case 1: return "Presentation Allowed, Passed Screen";
            case 2: return "Presentation Allowed, Failed Screen";
            case 3: return "Presentation Allowed, Network Number";
            case 32: return "Presentation Prohibited, Not Screened";
            case 33: return "Presentation Prohibited, Passed Screen";
            case 34: return "Presentation Prohibited, Failed Screen";
            case 35: return "Presentation Prohibited, Network Number";
            case 64: case 65: case 66: case 67: return "Number Unavailable";
            default: return "unknown";
        }
    }
}
