package org.switchboard.pbx.chanfunc;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.CallerIdParser;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.pattern.ExtensionNames;

/**
 * Reading and writing the fields of a party id as func_callerid.c does (party_id_read,
 * party_id_write and their name/number/subaddress helpers): {@code all}, {@code name[-valid|
 * -charset|-pres]}, {@code num[-valid|-plan|-pres]}, {@code subaddr[-valid|-type|-odd]},
 * {@code tag}, {@code ton}, {@code pres}. Names match as Asterisk matches them: {@code num...}
 * and {@code subaddr...} by prefix, {@code pres...} by prefix, the others ignoring case.
 */
final class PartyFields {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    /** What a field access found (ID_FIELD_VALID, ID_FIELD_INVALID, ID_FIELD_UNKNOWN). */
    enum Status { VALID, INVALID, UNKNOWN }

    /** A read: the status and the text (null when nothing was written to the buffer). */
    record Read(Status status, String value) { }

    /** A write: the status and the party after it. */
    record Write(Status status, Party party) { }

    private static final String[][] PRESENTATIONS = {
        {"0", "allowed_not_screened"}, {"1", "allowed_passed_screen"}, {"2", "allowed_failed_screen"},
        {"3", "allowed"}, {"32", "prohib_not_screened"}, {"33", "prohib_passed_screen"},
        {"34", "prohib_failed_screen"}, {"35", "prohib"}, {"67", "unavailable"}, {"64", "unavailable"},
        {"66", "unavailable"}, {"65", "unavailable"},
    };

    private static final String[] CHAR_SETS = {"unknown", "iso8859-1", "withdrawn", "iso8859-2", "iso8859-3",
        "iso8859-4", "iso8859-5", "iso8859-7", "bmp", "utf8"};

    private PartyFields() { }

    /** ast_named_caller_presentation. */
    static String presentationName(int pres) {
        for (String[] p : PRESENTATIONS) {
            if (Integer.parseInt(p[0]) == pres) {
                return p[1];
            }
        }
        return "unknown";
    }

    /** ast_parse_caller_presentation: -1 when unknown. */
    static int parsePresentation(String name) {
        for (String[] p : PRESENTATIONS) {
            if (p[1].equalsIgnoreCase(name)) {
                return Integer.parseInt(p[0]);
            }
        }
        return -1;
    }

    static String charSetName(int cs) {
        return cs >= 0 && cs < CHAR_SETS.length ? CHAR_SETS[cs] : "unknown";
    }

    private static int parseCharSet(String name) {
        for (int i = 0; i < CHAR_SETS.length; i++) {
            if (CHAR_SETS[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** party_id_read on {@code parts} (the member split on '-'). */
    static Read read(Party p, List<String> parts) {
        if (parts.isEmpty()) {
            return new Read(Status.UNKNOWN, null);
        }
        String first = parts.get(0);
        List<String> rest = parts.subList(1, parts.size());
        if (parts.size() == 1 && first.equalsIgnoreCase("all")) {
            return new Read(Status.VALID, "\"" + p.shownName() + "\" <" + p.shownNumber() + ">");
        }
        if (first.equalsIgnoreCase("name")) {
            return readName(p, rest);
        }
        if (startsWithIgnoreCase(first, "num")) {
            return readNumber(p, rest);
        }
        if (startsWithIgnoreCase(first, "subaddr")) {
            return readSubaddress(p.subaddress(), rest);
        }
        if (parts.size() == 1 && first.equalsIgnoreCase("tag")) {
            return new Read(Status.VALID, p.tag());
        }
        if (parts.size() == 1 && first.equalsIgnoreCase("ton")) {
            return new Read(Status.VALID, Integer.toString(p.numberPlan()));
        }
        if (parts.size() == 1 && startsWithIgnoreCase(first, "pres")) {
            return new Read(Status.VALID, presentationName(p.presentation()));
        }
        return new Read(Status.UNKNOWN, null);
    }

    private static Read readName(Party p, List<String> rest) {
        if (rest.isEmpty()) {
            return new Read(Status.VALID, p.shownName());
        }
        String what = rest.get(0);
        if (rest.size() == 1 && what.equalsIgnoreCase("valid")) {
            return new Read(Status.VALID, p.nameValid() ? "1" : "0");
        }
        if (rest.size() == 1 && what.equalsIgnoreCase("charset")) {
            return new Read(Status.VALID, charSetName(p.nameCharSet()));
        }
        if (rest.size() == 1 && startsWithIgnoreCase(what, "pres")) {
            return new Read(Status.VALID, presentationName(p.namePresentation()));
        }
        return new Read(Status.UNKNOWN, null);
    }

    private static Read readNumber(Party p, List<String> rest) {
        if (rest.isEmpty()) {
            return new Read(Status.VALID, p.shownNumber());
        }
        String what = rest.get(0);
        if (rest.size() == 1 && what.equalsIgnoreCase("valid")) {
            return new Read(Status.VALID, p.numberValid() ? "1" : "0");
        }
        if (rest.size() == 1 && what.equalsIgnoreCase("plan")) {
            return new Read(Status.VALID, Integer.toString(p.numberPlan()));
        }
        if (rest.size() == 1 && startsWithIgnoreCase(what, "pres")) {
            return new Read(Status.VALID, presentationName(p.numberPresentation()));
        }
        return new Read(Status.UNKNOWN, null);
    }

    static Read readSubaddress(Party.Subaddress s, List<String> rest) {
        if (rest.isEmpty()) {
            return new Read(Status.VALID, s.str() == null ? "" : s.str());
        }
        String what = rest.get(0);
        if (rest.size() == 1 && what.equalsIgnoreCase("valid")) {
            return new Read(Status.VALID, s.valid() ? "1" : "0");
        }
        if (rest.size() == 1 && what.equalsIgnoreCase("type")) {
            return new Read(Status.VALID, Integer.toString(s.type()));
        }
        if (rest.size() == 1 && what.equalsIgnoreCase("odd")) {
            return new Read(Status.VALID, Integer.toString(s.oddEven()));
        }
        return new Read(Status.UNKNOWN, null);
    }

    /** party_id_write on {@code parts}; {@code value} has its leading blanks skipped already. */
    static Write write(Party p, List<String> parts, String value) {
        if (parts.isEmpty()) {
            return new Write(Status.UNKNOWN, p);
        }
        String first = parts.get(0);
        List<String> rest = parts.subList(1, parts.size());
        if (parts.size() == 1 && first.equalsIgnoreCase("all")) {
            // ast_callerid_split: both become valid, possibly empty
            CallerIdParser.CallerId id = CallerIdParser.parse(value);
            String name = id.name() == null ? "" : id.name();
            String num = id.number() == null ? "" : ExtensionNames.shrinkPhoneNumber(id.number());
            return new Write(Status.VALID, p.withName(name).withNumber(num));
        }
        if (first.equalsIgnoreCase("name")) {
            return writeName(p, rest, value);
        }
        if (startsWithIgnoreCase(first, "num")) {
            return writeNumber(p, rest, value);
        }
        if (startsWithIgnoreCase(first, "subaddr")) {
            Write w = writeSubaddress(p.subaddress(), rest, value);
            return w.status() == Status.VALID ? new Write(Status.VALID, p.withSubaddress(w.party().subaddress())) : w;
        }
        if (parts.size() == 1 && first.equalsIgnoreCase("tag")) {
            return new Write(Status.VALID, p.withTag(trimBlanks(value)));
        }
        if (parts.size() == 1 && first.equalsIgnoreCase("ton")) {
            return writeNumber(p, List.of("plan"), value);
        }
        if (parts.size() == 1 && startsWithIgnoreCase(first, "pres")) {
            int pres = presentation(value);
            if (pres < 0) {
                log.error("Unknown combined presentation '{}', value unchanged", trimBlanks(value));
                return new Write(Status.INVALID, p);
            }
            return new Write(Status.VALID, p.withNamePresentation(pres).withNumberPresentation(pres));
        }
        return new Write(Status.UNKNOWN, p);
    }

    private static Write writeName(Party p, List<String> rest, String value) {
        if (rest.isEmpty()) {
            return new Write(Status.VALID, p.withName(trimBlanks(value)));
        }
        String what = rest.get(0);
        if (rest.size() == 1 && what.equalsIgnoreCase("valid")) {
            return new Write(Status.VALID, p.withNameValid(CScan.atoi(value) != 0));
        }
        if (rest.size() == 1 && what.equalsIgnoreCase("charset")) {
            String v = trimBlanks(value);
            int cs = !v.isEmpty() && Character.isDigit(v.charAt(0)) ? CScan.atoi(v) : parseCharSet(v);
            if (cs < 0) {
                log.error("Unknown name char-set '{}', value unchanged", v);
                return new Write(Status.INVALID, p);
            }
            return new Write(Status.VALID, p.withNameCharSet(cs));
        }
        if (rest.size() == 1 && startsWithIgnoreCase(what, "pres")) {
            int pres = presentation(value);
            if (pres < 0) {
                log.error("Unknown name presentation '{}', value unchanged", trimBlanks(value));
                return new Write(Status.INVALID, p);
            }
            return new Write(Status.VALID, p.withNamePresentation(pres));
        }
        return new Write(Status.UNKNOWN, p);
    }

    private static Write writeNumber(Party p, List<String> rest, String value) {
        if (rest.isEmpty()) {
            return new Write(Status.VALID, p.withNumber(trimBlanks(value)));
        }
        String what = rest.get(0);
        if (rest.size() == 1 && what.equalsIgnoreCase("valid")) {
            return new Write(Status.VALID, p.withNumberValid(CScan.atoi(value) != 0));
        }
        if (rest.size() == 1 && what.equalsIgnoreCase("plan")) {
            String v = trimBlanks(value);
            if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
                return new Write(Status.VALID, p.withNumberPlan(CScan.atoi(v)));
            }
            log.error("Unknown type-of-number/numbering-plan '{}', value unchanged", v);
            return new Write(Status.INVALID, p);
        }
        if (rest.size() == 1 && startsWithIgnoreCase(what, "pres")) {
            int pres = presentation(value);
            if (pres < 0) {
                log.error("Unknown number presentation '{}', value unchanged", trimBlanks(value));
                return new Write(Status.INVALID, p);
            }
            return new Write(Status.VALID, p.withNumberPresentation(pres));
        }
        return new Write(Status.UNKNOWN, p);
    }

    /** party_subaddress_write; the result's party carries only the subaddress. */
    static Write writeSubaddress(Party.Subaddress s, List<String> rest, String value) {
        Party.Subaddress out;
        if (rest.isEmpty()) {
            out = new Party.Subaddress(trimBlanks(value), s.type(), s.oddEven(), s.valid());
        } else if (rest.size() == 1 && rest.get(0).equalsIgnoreCase("valid")) {
            out = new Party.Subaddress(s.str(), s.type(), s.oddEven(), CScan.atoi(value) != 0);
        } else if (rest.size() == 1 && rest.get(0).equalsIgnoreCase("type")) {
            out = new Party.Subaddress(s.str(), CScan.atoi(value) != 0 ? 2 : 0, s.oddEven(), s.valid());
        } else if (rest.size() == 1 && rest.get(0).equalsIgnoreCase("odd")) {
            out = new Party.Subaddress(s.str(), s.type(), CScan.atoi(value) != 0 ? 1 : 0, s.valid());
        } else {
            return new Write(Status.UNKNOWN, null);
        }
        return new Write(Status.VALID, Party.NONE.withSubaddress(out));
    }

    /** A presentation given as a number or a name; -1 when unknown. */
    private static int presentation(String value) {
        String v = trimBlanks(value);
        if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
            return CScan.atoi(v);
        }
        return parsePresentation(v);
    }

    /** ast_trim_blanks: trailing blanks go. */
    static String trimBlanks(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
