package org.switchboard.pbx.channel;

/**
 * A party id (caller, connected line, ANI, ...; callerid.h {@code struct ast_party_id}): number
 * and name, each valid or not, with their presentations, the number's plan (type of number), the
 * name's character set, a user tag and a subaddress. An invalid or empty field prints as
 * {@code <unknown>} in channel blocks (spec 02 §1.1).
 *
 * @param numberPresentation the number's presentation (AST_PRES_*, 0 = allowed, not screened)
 * @param namePresentation   the name's presentation
 * @param numberPlan         the number's type-of-number / numbering plan ({@code ton}, {@code num-plan})
 * @param nameCharSet        the name's character set (AST_PARTY_CHAR_SET_*, 1 = ISO8859-1)
 * @param tag                the user tag, "" when none
 * @param subaddress         the subaddress
 */
public record Party(String number, String name, boolean numberValid, boolean nameValid, int numberPresentation,
                    int namePresentation, int numberPlan, int nameCharSet, String tag, Subaddress subaddress) {
    /** AST_PRES_RESTRICTION: the presentation's restriction bits. */
    public static final int PRES_RESTRICTION = 0x60;
    /** AST_PRES_RESTRICTED. */
    public static final int PRES_RESTRICTED = 0x20;
    /** AST_PRES_UNAVAILABLE. */
    public static final int PRES_UNAVAILABLE = 0x40;
    /** AST_PRES_NUMBER_TYPE: the screening bits. */
    public static final int PRES_NUMBER_TYPE = 0x03;
    /** AST_PRES_NUMBER_NOT_AVAILABLE (unavailable, network number). */
    public static final int PRES_NUMBER_NOT_AVAILABLE = 0x43;
    /** AST_PARTY_CHAR_SET_ISO8859_1, ast_party_name_init's default. */
    public static final int CHAR_SET_ISO8859_1 = 1;

    public static final Party NONE = new Party("", "", false, false);

    /** A subaddress (callerid.h {@code struct ast_party_subaddress}); {@code str} null when never set. */
    public record Subaddress(String str, int type, int oddEven, boolean valid) {
        public static final Subaddress NONE = new Subaddress(null, 0, 0, false);
    }

    public Party {
        number = number == null ? "" : number;
        name = name == null ? "" : name;
        tag = tag == null ? "" : tag;
        subaddress = subaddress == null ? Subaddress.NONE : subaddress;
    }

    /** Number and name with everything else at ast_party_id_init's defaults. */
    public Party(String number, String name, boolean numberValid, boolean nameValid) {
        this(number, name, numberValid, nameValid, 0, 0, 0, CHAR_SET_ISO8859_1, "", Subaddress.NONE);
    }

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
        return new Party(n == null ? "" : n, name, n != null, nameValid, numberPresentation, namePresentation,
                numberPlan, nameCharSet, tag, subaddress);
    }

    public Party withName(String n) {
        return new Party(number, n == null ? "" : n, numberValid, n != null, numberPresentation, namePresentation,
                numberPlan, nameCharSet, tag, subaddress);
    }

    public Party withNumberValid(boolean valid) {
        return new Party(number, name, valid, nameValid, numberPresentation, namePresentation, numberPlan,
                nameCharSet, tag, subaddress);
    }

    public Party withNameValid(boolean valid) {
        return new Party(number, name, numberValid, valid, numberPresentation, namePresentation, numberPlan,
                nameCharSet, tag, subaddress);
    }

    public Party withNumberPresentation(int pres) {
        return new Party(number, name, numberValid, nameValid, pres, namePresentation, numberPlan, nameCharSet, tag,
                subaddress);
    }

    public Party withNamePresentation(int pres) {
        return new Party(number, name, numberValid, nameValid, numberPresentation, pres, numberPlan, nameCharSet, tag,
                subaddress);
    }

    public Party withNumberPlan(int plan) {
        return new Party(number, name, numberValid, nameValid, numberPresentation, namePresentation, plan, nameCharSet,
                tag, subaddress);
    }

    public Party withNameCharSet(int charSet) {
        return new Party(number, name, numberValid, nameValid, numberPresentation, namePresentation, numberPlan,
                charSet, tag, subaddress);
    }

    public Party withTag(String t) {
        return new Party(number, name, numberValid, nameValid, numberPresentation, namePresentation, numberPlan,
                nameCharSet, t, subaddress);
    }

    public Party withSubaddress(Subaddress s) {
        return new Party(number, name, numberValid, nameValid, numberPresentation, namePresentation, numberPlan,
                nameCharSet, tag, s);
    }

    /**
     * The combined presentation (callerid.c ast_party_id_presentation): the more restrictive of
     * the name's and the number's, with the number's screening; {@link #PRES_NUMBER_NOT_AVAILABLE}
     * (67) when the winner is "unavailable" (neither is valid, for instance).
     */
    public int presentation() {
        int namePriority;
        int nameValue;
        if (!nameValid) {
            nameValue = PRES_UNAVAILABLE;
            namePriority = 3;
        } else {
            nameValue = namePresentation & PRES_RESTRICTION;
            namePriority = restrictionPriority(nameValue);
            if (namePriority == 3) {
                nameValue = PRES_UNAVAILABLE;
            }
        }
        int numberPriority;
        int numberValue;
        int numberScreening;
        if (!numberValid) {
            numberScreening = 0;
            numberValue = PRES_UNAVAILABLE;
            numberPriority = 3;
        } else {
            numberScreening = numberPresentation & PRES_NUMBER_TYPE;
            numberValue = numberPresentation & PRES_RESTRICTION;
            numberPriority = restrictionPriority(numberValue);
            if (numberPriority == 3) {
                numberScreening = 0;
                numberValue = PRES_UNAVAILABLE;
            }
        }
        if (namePriority < numberPriority) {
            numberValue = nameValue;
        }
        if (numberValue == PRES_UNAVAILABLE) {
            return PRES_NUMBER_NOT_AVAILABLE;
        }
        return numberValue | numberScreening;
    }

    private static int restrictionPriority(int value) {
        switch (value) {
            case PRES_RESTRICTED: return 0;
            case 0: return 1;
            case PRES_UNAVAILABLE: return 2;
            default: return 3;
        }
    }

    /** ast_describe_caller_presentation: the description of a presentation value, "unknown" for others. */
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
