package org.switchboard.pbx.dialplan.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The sort order reasoned out from pbx.c ext_cmp / ext_cmp_pattern_pos (and confirmed pairwise
 * by ExtensionOracleTest against the C code).
 */
class ExtensionOrderTest {

    @Test
    void mixedSetSortsAsAsteriskKeepsIt() {
        List<String> names = new ArrayList<>(List.of("_X!", "_.", "_XX", "s", "_X", "_NXX", "_!", "_X.", "_[1-5]X",
                "_ZXX", "100", "_1XX", "_XNNN"));

        names.sort(ExtensionOrder.COMPARATOR);

        // literals first (ext_cmp), by byte; then patterns by the score of each position:
        // '1' 0x131 < [1-5] 0x531 < N 0x832 < Z 0x931 < X 0xA30 < . 0x18000 < ! 0x28000 < end 0x30000
        assertThat(names).containsExactly("100", "s", "_1XX", "_[1-5]X", "_NXX", "_ZXX",
                "_XNNN", "_XX", "_X.", "_X!", "_X", "_.", "_!");
    }

    @Test
    void dotPatternComesAfterTheFixedLengthOneAndBeforeItsPrefix() {
        // second position: X (0xA30) < '.' (0x18000) < end of pattern (0x30000)
        assertThat(ExtensionOrder.compare("_XX", "_X.")).isNegative();
        assertThat(ExtensionOrder.compare("_X.", "_X")).isNegative();
        assertThat(ExtensionOrder.compare("_X.", "_X!")).isNegative();
    }

    @Test
    void smallerSetsSortFirstThenLowerChars() {
        // [5-9] holds 5 chars (0x535), [2-8] 7 (0x732)
        assertThat(ExtensionOrder.compare("_[5-9]", "_[2-8]")).isNegative();
        // same size: the lowest char decides, '1' (0x531) before 'a' (0x561)
        assertThat(ExtensionOrder.compare("_[1-5]", "_[a-e]")).isNegative();
        // same size and lowest char: the set with lower chars first ({1,3} before {1,4})
        assertThat(ExtensionOrder.compare("_[13]", "_[14]")).isNegative();
    }

    @Test
    void equivalentSpellingsAreTheSameExtension() {
        assertThat(ExtensionOrder.compare("_[12]", "_[21]")).isZero();
        assertThat(ExtensionOrder.compare("_X", "_[0-9]")).isZero();
        assertThat(ExtensionOrder.compare("_X", "_x")).isZero();
        assertThat(ExtensionOrder.compare("1-2", "12")).isZero();
    }

    @Test
    void literalsCompareAsSignedBytes() {
        // ext_cmp_exten subtracts C chars: bytes above 127 are negative and sort first
        assertThat(ExtensionOrder.compare("\u00e9", "a")).isNegative();
        assertThat(ExtensionOrder.compare("10", "100")).isNegative();
        assertThat(ExtensionOrder.compare("A", "a")).isNegative();
    }
}
