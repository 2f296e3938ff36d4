package org.switchboard.manager.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The permission string rules of spec 01 §3 (manager.c get_perm, ast_instring, strings_to_mask). */
class PermissionsTest {

    @ParameterizedTest(name = "read=''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "system,call|3",
            "sys,call|3",                       // a non-last segment matches names it prefixes
            "a,call|2147483647",                // 'a' prefixes agent, agi, aoc and all
            "call,,x|2147483647",               // an empty non-last segment matches every name
            "system, call|1",                   // ' call' matches nothing: no trimming
            "system ,call|2",                   // 'system ' prefixes nothing
            "System|0",                         // case counts
            "none|0",
            "nonsense|0",
            "call,|2",                          // "call" is a non-last segment: prefix match
            "x,|0",                             // a trailing comma adds no empty segment
            "all|2147483647",
            "user|64",
            "security|262144",
            "message|1073741824",
    })
    void readWriteValues(String value, int mask) {
        assertThat(Permissions.parse(value)).isEqualTo(mask);
    }

    @Test
    void emptyValueGivesNothing() {
        assertThat(Permissions.parse("")).isZero();
    }

    @ParameterizedTest(name = "Events: ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1|1",                 // digits are a number: 1 means system only, not "on"
            "0|0",
            "64|64",
            "on|2147483647",
            "YES|2147483647",
            "t|2147483647",
            "off|0",
            "No|0",
            "f|0",
            "user|64",
            "call,user|66",
            "gibberish|0",         // unknown words mean off
            // atoi = (int) strtol: the low 32 bits of the long, LONG_MAX (so -1) past its range
            "4294967297|1",
            "4294967295|-1",
            "9223372036854775807|-1",
            "9223372036854775808|-1",
            "00000000000000000000000000064|64",
            "18446744073709551617|-1",
    })
    void eventMasks(String value, int mask) {
        assertThat(Permissions.eventMask(value)).isEqualTo(mask);
    }

    @Test
    void anEmptyEventMaskIsInvalid() {
        assertThat(Permissions.eventMask("")).isEqualTo(-1);
    }

    @Test
    void privilegeAlwaysEndsWithAll() {
        assertThat(Permissions.toPrivilegeString(PermissionClass.CALL.mask())).isEqualTo("call,all");
        assertThat(Permissions.toPrivilegeString(PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.CALL,
                PermissionClass.REPORTING))).isEqualTo("system,call,reporting,all");
        assertThat(Permissions.toPrivilegeString(0)).isEqualTo("<none>");
        assertThat(Permissions.toPrivilegeString(-1)).isEqualTo("<none>");
    }

    @Test
    void userListingsNameOnlyFullySetClasses() {
        assertThat(Permissions.toUserString(PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.CALL)))
                .isEqualTo("system,call");
        assertThat(Permissions.toUserString(Integer.MAX_VALUE)).endsWith(",message,all");
        assertThat(Permissions.toUserString(0)).isEqualTo("<none>");
    }

    @Test
    void writeNeedsAnyBitReadNeedsEveryBit() {
        int callOrSystem = PermissionClass.maskOf(PermissionClass.SYSTEM, PermissionClass.CALL);
        assertThat(Permissions.mayRun(PermissionClass.CALL.mask(), callOrSystem)).isTrue();
        assertThat(Permissions.mayRun(PermissionClass.USER.mask(), callOrSystem)).isFalse();
        assertThat(Permissions.mayRun(0, 0)).isTrue();
        assertThat(Permissions.covers(PermissionClass.CALL.mask(), callOrSystem)).isFalse();
        assertThat(Permissions.covers(callOrSystem, callOrSystem)).isTrue();
    }
}
