package org.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The console's terminal: one without a size would make JLine draw the prompt as dots. */
class ConsoleModeTest {
    private static Terminal terminal(Size size) throws Exception {
        Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        t.setSize(size);
        return t;
    }

    @Test
    void anUnsizedTerminalGetsEightyByTwentyFour() throws Exception {
        try (Terminal t = terminal(new Size(0, 0))) {
            ConsoleMode.withUsableSize(t);
            assertThat(t.getSize()).isEqualTo(new Size(80, 24));
        }
    }

    @Test
    void aKnownDimensionIsKept() throws Exception {
        try (Terminal t = terminal(new Size(132, 0))) {
            ConsoleMode.withUsableSize(t);
            assertThat(t.getSize()).isEqualTo(new Size(132, 24));
        }
        try (Terminal t = terminal(new Size(100, 30))) {
            ConsoleMode.withUsableSize(t);
            assertThat(t.getSize()).isEqualTo(new Size(100, 30));
        }
    }
}
