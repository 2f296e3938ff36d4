package org.switchboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code #exec}: spec 01 §5.1, config.c process_text_line and handle_include_exec. */
class ExecIncludeTest {
    private static final String EXEC_DISABLED =
            "Cannot perform #exec unless execincludes option is enabled in asterisk.conf (options section)!";

    @TempDir
    Path tmp;
    ConfDir conf;

    @BeforeEach
    void setUp() {
        conf = new ConfDir(tmp);
    }

    private Path script(String name, String body) throws Exception {
        Path file = conf.write(name, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    @Test
    void withoutExecIncludesTheLineIsIgnoredWithAsterisksWarning() throws Exception {
        Path marker = conf.path("ran");
        conf.write("test.conf", "[c]\n#exec /usr/bin/touch " + marker + "\na = 1\n");
        Logger logger = (Logger) LoggerFactory.getLogger(ConfigReader.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level before = logger.getLevel();
        logger.setLevel(Level.WARN);
        logger.addAppender(appender);
        ConfigFile config;
        try {
            config = conf.read("test.conf");
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }

        assertThat(marker).doesNotExist();
        assertThat(config.categories().get(0).variables()).extracting(Variable::name).containsExactly("a");
        assertThat(config.includes()).isEmpty();
        assertThat(config.notices()).extracting(ConfigNotice::severity, ConfigNotice::message)
                .containsExactly(tuple(ConfigNotice.Severity.WARNING, EXEC_DISABLED));
        assertThat(appender.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .containsExactly(tuple(Level.WARN, conf.at(2) + ": " + EXEC_DISABLED));
    }

    @Test
    void disabledExecIsRefusedEvenWithoutAnArgument() throws Exception {
        ConfigFile config = conf.readText("[c]\n#exec\n");

        assertThat(config.notices()).extracting(ConfigNotice::message).containsExactly(EXEC_DISABLED);
    }

    @Test
    void withExecIncludesTheOutputIsIncluded() throws Exception {
        Path program = script("gen.sh", "echo 'a = 1'\necho 'b => 2'\n");
        conf.write("test.conf", "[c]\nfirst = 0\n#exec \"" + program + "\"\nlast = 3\n");

        ConfigFile config = conf.readWithExec("test.conf");

        assertThat(config.categories().get(0).variables()).extracting(Variable::name, Variable::value, Variable::object)
                .containsExactly(tuple("first", "0", false), tuple("a", "1", false), tuple("b", "2", true),
                        tuple("last", "3", false));
        Include exec = config.includes().get(0);
        assertThat(exec.kind()).isEqualTo(Include.Kind.EXEC);
        assertThat(exec.argument()).isEqualTo(program.toString());
        assertThat(Path.of(exec.savedName())).doesNotExist();
        assertThat(config.notices()).isEmpty();
    }

    @Test
    void commandRunsThroughTheShell() throws Exception {
        conf.write("test.conf", "[c]\n#exec echo \"x = $((6*7))\"\n");

        ConfigFile config = conf.readWithExec("test.conf");

        assertThat(config.categories().get(0).value("x")).contains("42");
    }

    @Test
    void standardErrorAndExitStatusAreLoggedAsErrors() throws Exception {
        Path program = script("fail.sh", "echo 'b = 2'\necho oops >&2\nexit 3\n");
        conf.write("test.conf", "[c]\n#exec " + program + "\n");

        ConfigFile config = conf.readWithExec("test.conf");

        assertThat(config.categories().get(0).value("b")).contains("2");
        assertThat(config.notices()).extracting(ConfigNotice::toString).containsExactly(
                conf.at(2) + ": #exec <" + program + ">: oops",
                conf.at(2) + ": #exec <" + program + ">: Exited with return value 3");
        assertThat(config.notices()).extracting(ConfigNotice::severity).containsOnly(ConfigNotice.Severity.ERROR);
    }

    @Test
    void emptyOutputIsAWarning() throws Exception {
        conf.write("test.conf", "[c]\n#exec true\n");

        ConfigFile config = conf.readWithExec("test.conf");

        assertThat(config.notices()).extracting(ConfigNotice::toString)
                .containsExactly(conf.at(2) + ": #exec <true>: The program generated no usable output.");
    }

    @Test
    void overlongCommandMakesTheFileInvalid() {
        conf.write("test.conf", "[c]\n#exec echo " + "x".repeat(1100) + "\n");

        ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ConfigException.class, () -> conf.readWithExec("test.conf"));

        assertThat(e.kind()).isEqualTo(ConfigException.Kind.INVALID);
        assertThat(e.getMessage()).startsWith(conf.at(2) + ": Failed to construct command string to execute echo xxx");
    }
}
