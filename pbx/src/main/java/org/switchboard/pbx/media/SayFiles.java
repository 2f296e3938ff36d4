package org.switchboard.pbx.media;

import java.util.ArrayList;
import java.util.List;

/**
 * The sound files the Say applications play, in English (say.c ast_get_digit_str,
 * ast_get_character_str, ast_get_phonetic_str, get_number_str_en). Other languages get the
 * English files (Asterisk has per-language rules; the simulation does not).
 */
public final class SayFiles {
    /** ast_say_case_sensitivity. */
    public enum Case { NONE, LOWER, UPPER, ALL }

    private SayFiles() { }

    /** SayDigits: one file per digit, star, pound or minus; other characters are skipped. */
    public static List<String> digits(String str) {
        List<String> out = new ArrayList<>();
        for (char ch : str.toCharArray()) {
            String fn = digitFile(ch);
            if (fn != null) {
                out.add(fn);
            }
        }
        return out;
    }

    private static String digitFile(char ch) {
        switch (ch) {
            case '*': return "digits/star";
            case '#': return "digits/pound";
            case '-': return "digits/minus";
            default: return ch >= '0' && ch <= '9' ? "digits/" + ch : null;
        }
    }

    private static String symbolFile(char ch) {
        switch (ch) {
            case '*': return "digits/star";
            case '#': return "digits/pound";
            case '!': return "letters/exclaimation-point";
            case '@': return "letters/at";
            case '$': return "letters/dollar";
            case '-': return "letters/dash";
            case '.': return "letters/dot";
            case '=': return "letters/equals";
            case '+': return "letters/plus";
            case '/': return "letters/slash";
            case ' ': return "letters/space";
            default: return null;
        }
    }

    /**
     * SayAlpha / SayAlphaCase: letters, digits and symbols; with case sensitivity an
     * {@code uppercase} or {@code lowercase} file announces a letter of that case.
     */
    public static List<String> characters(String str, Case sensitivity) {
        List<String> out = new ArrayList<>();
        boolean upper = false;
        boolean lower = false;
        int i = 0;
        while (i < str.length()) {
            char ch = str.charAt(i);
            String fn = symbolFile(ch);
            if (fn == null && ch >= '0' && ch <= '9') {
                fn = "digits/" + ch;
            } else if (fn == null) {
                char letter = ch;
                if (ch >= 'A' && ch <= 'Z') {
                    letter = (char) (ch + ('a' - 'A'));
                    if (sensitivity == Case.UPPER || sensitivity == Case.ALL) {
                        upper = !upper;
                    }
                } else if (ch >= 'a' && ch <= 'z') {
                    if (sensitivity == Case.LOWER || sensitivity == Case.ALL) {
                        lower = !lower;
                    }
                }
                fn = upper ? "uppercase" : lower ? "lowercase" : "letters/" + letter;
            }
            out.add(fn);
            if (upper || lower) {
                continue;
            }
            i++;
        }
        return out;
    }

    /** SayPhonetic: the NATO alphabet file of each letter, digits 0-8 as digits ('9' is "niner"). */
    public static List<String> phonetic(String str) {
        List<String> out = new ArrayList<>();
        for (char ch : str.toCharArray()) {
            String fn = symbolFile(ch);
            if (fn == null && ch >= '0' && ch <= '8') {
                fn = "digits/" + ch;
            } else if (fn == null) {
                char letter = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
                fn = "phonetic/" + letter + "_p";
            }
            out.add(fn);
        }
        return out;
    }

    /** SayNumber in English: "digits/20", "digits/hundred", "digits/thousand", ... */
    public static List<String> number(int num) {
        List<String> out = new ArrayList<>();
        if (num == 0) {
            out.add("digits/0");
            return out;
        }
        appendNumber(out, num);
        return out;
    }

    private static void appendNumber(List<String> out, int value) {
        long num = value;
        boolean playHundred = false;
        while (num != 0 || playHundred) {
            if (num < 0) {
                out.add("digits/minus");
                num = num > Integer.MIN_VALUE ? -num : 0;
            } else if (playHundred) {
                out.add("digits/hundred");
                playHundred = false;
            } else if (num < 20) {
                out.add("digits/" + num);
                num = 0;
            } else if (num < 100) {
                out.add("digits/" + (num / 10) * 10);
                num %= 10;
            } else if (num < 1000) {
                out.add("digits/" + num / 100);
                playHundred = true;
                num %= 100;
            } else if (num < 1_000_000) {
                appendNumber(out, (int) (num / 1000));
                num %= 1000;
                out.add("digits/thousand");
            } else if (num < 1_000_000_000) {
                appendNumber(out, (int) (num / 1_000_000));
                num %= 1_000_000;
                out.add("digits/million");
            } else {
                appendNumber(out, (int) (num / 1_000_000_000));
                num %= 1_000_000_000;
                out.add("digits/billion");
            }
        }
    }
}
