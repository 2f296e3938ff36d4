package org.switchboard.pbx.dialplan.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.pbx.dialplan.LogCapture;

/**
 * Every row of ast_expr2-oracle.tsv was produced by Asterisk 22.10.1's own expression parser
 * (main/ast_expr2.c and ast_expr2f.c compiled STANDALONE on glibc/x86-64, see
 * generate-expr-oracle.sh): the input, what ast_expr writes (an empty column when it writes
 * nothing), and the first line of each message it logs.
 */
class ExpressionOracleTest {

    static Stream<Arguments> oracle() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ExpressionOracleTest.class.getResourceAsStream("ast_expr2-oracle.tsv"), StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                String input = f[0].replace("\\\\", "\\");
                List<String> logs = f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split(" \\| "));
                rows.add(Arguments.of(input, f[1], logs));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "$[{0}] = \"{1}\"")
    @MethodSource("oracle")
    void evaluatesAsAsteriskDoes(String input, String expected, List<String> expectedLogs) {
        try (LogCapture logs = LogCapture.dialplan()) {
            String result = Expression.evaluate(input, ExpressionHost.NONE);

            assertThat(result).isEqualTo(expected);
            List<String> firstLines = logs.warnings().stream()
                    .filter(m -> !m.startsWith("If you have questions"))
                    .map(m -> m.split("\n", 2)[0])
                    .collect(Collectors.toList());
            assertThat(firstLines).containsExactlyElementsOf(expectedLogs);
        }
    }
}
