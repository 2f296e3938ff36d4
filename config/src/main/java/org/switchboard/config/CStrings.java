package org.switchboard.config;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The C string habits config.c relies on, applied to byte strings (ISO-8859-1, one char per byte).
 * Asterisk's "blank" is any byte below 33 (strings.h ast_skip_blanks / ast_trim_blanks), and its
 * case-insensitive compare is strcasecmp in the C.UTF-8 locale, which folds ASCII letters only.
 */
final class CStrings {
    private static final Charset FILE_NAMES = fileNameCharset();

    private CStrings() { }

    static boolean isBlank(char c) {
        return c < 33;
    }

    /** C's isspace() in the C locale. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * True for bytes that a plain {@code char} comparison such as {@code *c > 32} treats as small:
     * on the platforms Asterisk runs on {@code char} is signed, so bytes from 0x80 up are negative.
     */
    static boolean isBelow33AsSignedChar(char c) {
        return c < 33 || c >= 0x80;
    }

    static String skipBlanks(String s) {
        int i = 0;
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    static String trimBlanks(String s) {
        int end = s.length();
        while (end > 0 && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** ast_strip: both ends. */
    static String strip(String s) {
        return trimBlanks(skipBlanks(s));
    }

    /** The C string view: everything before the first NUL. */
    static String untilNul(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /** strcasecmp(a, b) == 0 in the C.UTF-8 locale (Asterisk sets it in main()). */
    static boolean equalsIgnoreAsciiCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (foldAscii(a.charAt(i)) != foldAscii(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char foldAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** ast_copy_string into a char[size] buffer: keeps at most size - 1 bytes. */
    static String truncate(String s, int size) {
        return s.length() < size ? s : s.substring(0, size - 1);
    }

    /**
     * Turns a byte-string file name into the string the JVM uses for that file, so that a
     * non-ASCII name in a .conf file opens the same bytes on disk as it would in Asterisk.
     */
    static String toNativeName(String byteString) {
        return new String(byteString.getBytes(StandardCharsets.ISO_8859_1), FILE_NAMES);
    }

    /** A Path for a native name, or null when the platform cannot represent it. */
    static Path toPath(String nativeName) {
        try {
            return Path.of(nativeName);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Charset fileNameCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
