package org.switchboard.pbx.dialplan.clib;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.dialplan.Oracle;
import org.switchboard.pbx.dialplan.expr.LongDouble;

/**
 * Expectations printed by glibc itself (oracle/libc.*): printf conversions as SPRINTF and MATH
 * use them, {@code %.18Lg} of strtold as ast_expr2 prints numbers, and strftime in the C locale.
 */
class LibcOracleTest {

    static List<Oracle.Row> rows() {
        return Oracle.load("libc");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void formatsAsGlibcDoes(Oracle.Row row) {
        String kind = row.line().substring(0, 1);
        String spec = row.in()[0];
        String value = row.in()[1];
        String expected = row.out()[0].replace("\\n", "\n").replace("\\t", "\t");
        String actual;
        // the cases put literal text after some conversions ("%-5d|")
        int end = 1;
        while (end < spec.length() && "diouxXcseEfFgGaA".indexOf(spec.charAt(end)) < 0) {
            end++;
        }
        String suffix = end + 1 < spec.length() ? spec.substring(end + 1) : "";
        String conversion = spec.substring(0, Math.min(end + 1, spec.length()));
        switch (kind) {
            case "i":
                actual = CFormat.formatInt(CFormat.Spec.parse(conversion), Integer.parseInt(value)) + suffix;
                break;
            case "d":
                actual = CFormat.formatDouble(CFormat.Spec.parse(conversion), Double.parseDouble(value)) + suffix;
                break;
            case "s":
                // the harness reads an empty field as a NULL pointer
                actual = CFormat.formatString(CFormat.Spec.parse(conversion), value.isEmpty() ? null : value) + suffix;
                break;
            case "L":
                actual = LongDouble.parse(value).value().format();
                break;
            default: {
                int colon = value.indexOf(':');
                Instant at = Instant.ofEpochSecond(Long.parseLong(value.substring(0, colon)));
                actual = CStrftime.format(spec, at, ZoneId.of(value.substring(colon + 1)));
                if (actual.isEmpty()) {
                    actual = "<empty>";
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
    }
}
