package org.switchboard.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;

/** The files of a configuration directory that no loader asked for (the command line contract). */
class UnreadConfigFilesTest {
    @TempDir
    Path etc;

    @Test
    void namesTheConfFilesNobodyAskedForSorted() throws Exception {
        for (String f : new String[] {"manager.conf", "sip.conf", "voicemail.conf", "iax.conf", "notes.txt"}) {
            Files.writeString(etc.resolve(f), "[general]\n");
        }
        Files.createDirectories(etc.resolve("dir.conf"));
        UnreadConfigFiles files = new UnreadConfigFiles(etc);
        files.asked("manager.conf", new ConfigReader(ConfigReadOptions.in(etc)).read(etc.resolve("manager.conf")));
        // a file asked for but missing is not an unread file of the directory either
        files.asked("http.conf", null);

        assertThat(files.unread()).containsExactly("iax.conf", "sip.conf", "voicemail.conf");
    }

    @Test
    void filesPulledInByIncludeCountAsRead() throws Exception {
        Files.writeString(etc.resolve("manager.conf"), "[general]\n#include manager_custom.conf\n#tryinclude \"extra-*.conf\"\n");
        Files.writeString(etc.resolve("manager_custom.conf"), "[admin]\nsecret = pw\n");
        Files.writeString(etc.resolve("extra-1.conf"), "[bob]\nsecret = pw\n");
        Files.writeString(etc.resolve("queues.conf"), "[q]\n");
        UnreadConfigFiles files = new UnreadConfigFiles(etc);
        files.asked("manager.conf", new ConfigReader(ConfigReadOptions.in(etc)).read(etc.resolve("manager.conf")));

        assertThat(files.unread()).containsExactly("queues.conf");
    }
}
