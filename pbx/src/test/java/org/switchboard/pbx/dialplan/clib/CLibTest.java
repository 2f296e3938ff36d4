package org.switchboard.pbx.dialplan.clib;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The C library behaviours the dialplan leans on. */
class CLibTest {

    @Test
    void scanfDecimal() {
        // sscanf "%30d": blanks skipped, sign allowed, trailing text ignored, nothing read is null
        assertThat(CScan.scanInt(" -12abc")).isEqualTo(-12);
        assertThat(CScan.scanInt("+7")).isEqualTo(7);
        assertThat(CScan.scanInt("abc")).isNull();
        assertThat(CScan.scanInt("-")).isNull();
        // glibc reads a long and stores it into the int
        assertThat(CScan.scanInt("4294967297")).isEqualTo(1);
        assertThat(CScan.atoi("12x")).isEqualTo(12);
        assertThat(CScan.atoi("x")).isZero();
    }

    @Test
    void strtodPrefixes() {
        assertThat(CScan.scanDouble("1.5e3xyz")).isEqualTo(1500.0);
        assertThat(CScan.scanDouble(".5")).isEqualTo(0.5);
        assertThat(CScan.scanDouble("5.")).isEqualTo(5.0);
        assertThat(CScan.scanDouble("1e")).isEqualTo(1.0);
        assertThat(CScan.scanDouble("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(CScan.scanDouble("abc")).isNull();
        assertThat(CScan.scanDouble(".")).isNull();
        // any exponent is read: beyond a double's range strtod gives HUGE_VAL or 0 (fuzz finding D1)
        assertThat(CScan.scanDouble("1e100000000000")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(CScan.scanDouble("-1e100000000000")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(CScan.scanDouble("1e-100000000000")).isEqualTo(0.0);
    }

    @Test
    void encodedChars() {
        // app.c ast_get_encoded_char
        assertThat(EncodedChars.decode("\\n", 0)).isEqualTo(new EncodedChars.Decoded('\n', 2));
        assertThat(EncodedChars.decode("\\x2C", 0)).isEqualTo(new EncodedChars.Decoded(',', 4));
        assertThat(EncodedChars.decode("\\x4g", 0)).isEqualTo(new EncodedChars.Decoded((char) 4, 3));
        assertThat(EncodedChars.decode("\\054", 0)).isEqualTo(new EncodedChars.Decoded(',', 4));
        assertThat(EncodedChars.decode("\\,", 0)).isEqualTo(new EncodedChars.Decoded(',', 2));
        assertThat(EncodedChars.decode("\\xz", 0)).isNull();
        assertThat(EncodedChars.decode("", 0)).isNull();
        assertThat(EncodedChars.decodeString("a\\tb\\0c", 100)).isEqualTo("a\tb");
    }

    @Test
    void stripQuotedAndBlanks() {
        // utils.c ast_strip_quoted, strings.h ast_strip (every char below 33 is a blank)
        assertThat(CStrings.stripQuoted("  \"a b\"  ", "\"", "\"")).isEqualTo("a b");
        assertThat(CStrings.stripQuoted("\"", "\"", "\"")).isEmpty();
        assertThat(CStrings.stripQuoted("'a'", "\"", "\"")).isEqualTo("'a'");
        assertThat(CStrings.strip("\u0001 a \u0007")).isEqualTo("a");
    }

    @Test
    void timeZonesFallBackToGmt() {
        ZoneId system = ZoneId.of("Europe/Paris");
        assertThat(TimeZones.resolve("", system)).isEqualTo(system);
        assertThat(TimeZones.resolve(null, system)).isEqualTo(system);
        assertThat(TimeZones.resolve("America/Chicago", system)).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(TimeZones.resolve(":Asia/Tokyo", system)).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(TimeZones.resolve("Not/AZone", system)).isEqualTo(ZoneId.of("GMT"));
    }

    @Test
    void strptimeFillsWhatTheFormatGivesAndMktimeNormalises() {
        // STRPTIME's documented example
        assertThat(CStrptime.parseEpoch("2006-03-01 07:30:35", "%Y-%m-%d %H:%M:%S", ZoneId.of("America/Chicago")))
                .isEqualTo(1141219835L);
        // no date: a cleared struct tm is 1900-01-00, which mktime reads as 1899-12-31
        assertThat(CStrptime.parseEpoch("10:00", "%H:%M", ZoneOffset.UTC)).isEqualTo(-2209039200L);
        assertThat(CStrptime.parseEpoch("Mar 5 70 01:02:03 PM", "%b %d %y %I:%M:%S %p", ZoneOffset.UTC))
                .isEqualTo(5_490_123L);
        // %y 69 is 1969; day 0 of January is 1968-12-31
        assertThat(CStrptime.parseEpoch("69", "%y", ZoneOffset.UTC)).isEqualTo(-31_622_400L);
        assertThat(CStrptime.parseEpoch("x", "%Y", ZoneOffset.UTC)).isNull();
    }
}
