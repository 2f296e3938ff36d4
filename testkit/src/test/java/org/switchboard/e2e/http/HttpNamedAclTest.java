package org.switchboard.e2e.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * A restriction's {@code acl=} names an ACL of acl.conf as the acl module holds it: http.c
 * ast_append_acl looks the name up in the named ACL module when http.conf is loaded; it never
 * reads acl.conf itself, and an unchanged http.conf keeps its restrictions on a reload.
 */
class HttpNamedAclTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", HttpAmi.MANAGER_CONF,
            "acl.conf", "[office]\ndeny = 0.0.0.0/0\npermit = 10.0.0.0/8\n",
            "http.conf", HttpAmi.HTTP_CONF + "\n[/mxml]\ntype = restriction\nacl = office\n")).http();

    private int mxml() {
        return new HttpAmi(sb).get("/mxml", "action", "ping").statusCode();
    }

    /** Writes a file with a later stamp, so that the next load sees it changed. */
    private void edit(String file, String content) throws IOException {
        Path path = sb.configDir().resolve(file);
        Files.writeString(path, content, ISO_8859_1);
        Files.setLastModifiedTime(path, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    }

    @Test
    void aRestrictionUsesTheNamedAclTheAclModuleHolds() throws IOException {
        assertThat(mxml()).isEqualTo(403);

        // acl.conf edited, acl module not reloaded: a fresh http.conf load still finds the old rules
        edit("acl.conf", "[office]\npermit = 127.0.0.1\n");
        edit("http.conf", HttpAmi.HTTP_CONF + "\n[/mxml]\ntype = restriction\nacl = office\n\n");
        sb.server().reload("http");
        assertThat(mxml()).isEqualTo(403);

        // the acl module takes the new rules; http.conf unchanged since its last load keeps its copy
        sb.server().reload("acl");
        sb.server().reload("http");
        assertThat(mxml()).isEqualTo(403);

        // the next load of a changed http.conf copies the rules the acl module now holds
        edit("http.conf", HttpAmi.HTTP_CONF + "\n[/mxml]\ntype = restriction\nacl = office\n");
        sb.server().reload("http");
        assertThat(mxml()).isEqualTo(200);
    }
}
