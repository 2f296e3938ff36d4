package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File name expansion. The expectations were taken from glibc 2.36's own
 * {@code glob(pattern, GLOB_NOMAGIC | GLOB_BRACE)} (Asterisk's MY_GLOB_FLAGS on Linux), run on
 * the same directory layout.
 */
class GlobTest {
    @TempDir
    Path tmp;
    String d;

    @BeforeEach
    void setUp() {
        ConfDir conf = new ConfDir(tmp);
        for (String name : new String[] {"a.conf", "b.conf", "B.conf", "Z.conf", "_x.conf", ".h.conf", "c.txt",
                "*.conf", "sub/x.conf", "sub2/x.conf"}) {
            conf.write(name, "");
        }
        d = tmp.toString();
    }

    private String[] in(String... names) {
        String[] paths = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            paths[i] = d + "/" + names[i];
        }
        return paths;
    }

    @Test
    void patternWithoutWildcardsComesBackAsWrittenEvenIfMissing() {
        assertThat(Glob.expand(d + "/missing.conf")).containsExactly(in("missing.conf"));
        assertThat(Glob.expand(d + "/x/../a.conf")).containsExactly(in("x/../a.conf"));
    }

    @Test
    void starMatchesInByteOrderAndSkipsHiddenFiles() {
        assertThat(Glob.expand(d + "/*.conf")).containsExactly(in("*.conf", "B.conf", "Z.conf", "_x.conf", "a.conf", "b.conf"));
    }

    @Test
    void patternMatchingNothingGivesNothing() {
        assertThat(Glob.expand(d + "/nomatch*.conf")).isEmpty();
        assertThat(Glob.expand(d + "/[.conf")).isEmpty();
    }

    @Test
    void questionMarkAndBrackets() {
        assertThat(Glob.expand(d + "/?.conf")).containsExactly(in("*.conf", "B.conf", "Z.conf", "a.conf", "b.conf"));
        assertThat(Glob.expand(d + "/[a-b].conf")).containsExactly(in("a.conf", "b.conf"));
        assertThat(Glob.expand(d + "/[!a].conf")).containsExactly(in("*.conf", "B.conf", "Z.conf", "b.conf"));
        assertThat(Glob.expand(d + "/[^a].conf")).containsExactly(in("*.conf", "B.conf", "Z.conf", "b.conf"));
        assertThat(Glob.expand(d + "/[]a].conf")).containsExactly(in("a.conf"));
        assertThat(Glob.expand(d + "/[[:upper:]].conf")).containsExactly(in("B.conf", "Z.conf"));
    }

    @Test
    void backslashEscapesAndMakesThePatternMatchTheDisk() {
        assertThat(Glob.expand(d + "/\\*.conf")).containsExactly(in("*.conf"));
        assertThat(Glob.expand(d + "/a\\.conf")).containsExactly(in("a.conf"));
        assertThat(Glob.expand(d + "/q\\.conf")).isEmpty();
    }

    @Test
    void dotPatternsMatchHiddenEntries() {
        assertThat(Glob.expand(d + "/.*")).containsExactly(in(".", "..", ".h.conf"));
    }

    @Test
    void wildcardsInDirectories() {
        assertThat(Glob.expand(d + "/*/x.conf")).containsExactly(in("sub/x.conf", "sub2/x.conf"));
        assertThat(Glob.expand(d + "/s*/")).containsExactly(in("sub/", "sub2/"));
    }

    @Test
    void bracesKeepTheirOrderAndOnlyExistingAlternatives() {
        assertThat(Glob.expand(d + "/{b,a}.conf")).containsExactly(in("b.conf", "a.conf"));
        assertThat(Glob.expand(d + "/{z,a}.conf")).containsExactly(in("a.conf"));
        assertThat(Glob.expand(d + "/{b,a,b}.conf")).containsExactly(in("b.conf", "a.conf", "b.conf"));
        assertThat(Glob.expand(d + "/{*.txt,a.conf}")).containsExactly(in("c.txt", "a.conf"));
        assertThat(Glob.expand(d + "/{s{ub,ub2}/x.conf,a.conf}")).containsExactly(in("sub/x.conf", "sub2/x.conf", "a.conf"));
        assertThat(Glob.expand(d + "/{a}.conf")).containsExactly(in("a.conf"));
    }

    @Test
    void bracesWithNoExistingAlternativeComeBackAsWritten() {
        assertThat(Glob.expand(d + "/{z,y}.conf")).containsExactly(in("{z,y}.conf"));
        assertThat(Glob.expand(d + "/{a.conf")).containsExactly(in("{a.conf"));
        assertThat(Glob.expand(d + "/a}.conf")).containsExactly(in("a}.conf"));
    }
}
