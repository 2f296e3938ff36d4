package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** Reloading manager.conf (spec 01 §5.4). Each test edits its own copy of the configuration. */
class ReloadTest {
    @RegisterExtension
    SwitchboardExtension sb = BaseConfig.with("");

    private void rewrite(String managerConf) throws Exception {
        Path file = sb.configDir().resolve("manager.conf");
        Files.writeString(file, managerConf, StandardCharsets.ISO_8859_1);
        // the reload is skipped when the file looks unchanged: give it a new stamp
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    }

    @Test
    void aNewUserCanLogInAfterReloadAndLoggedInSessionsKeepTheirRights() throws Exception {
        AmiTestClient reader = sb.login("reader", "readerpw");
        AmiTestClient admin = sb.login("admin", "admin123");
        rewrite("[general]\nenabled = yes\nbindaddr = 127.0.0.1\n" + BaseConfig.USERS.replace(
                "[reader]\nsecret = readerpw\nread = user\nwrite = user", "[reader]\nsecret = readerpw\nread = call\nwrite = call")
                + "\n[newbie]\nsecret = newpw\nread = all\nwrite = all\n");
        assertThat(admin.request("Action: Reload", "Module: manager", "ActionID: r").header("Message"))
                .isEqualTo("Module Reloaded");
        assertThat(sb.connect().login("newbie", "newpw").header("Response")).isEqualTo("Success");
        // the open reader session still has write=user (copied at login)
        assertThat(reader.request("Action: UserEvent", "UserEvent: x", "ActionID: u").header("Message"))
                .isEqualTo("Event Sent");
        // a new reader session gets the new rights
        AmiTestClient fresh = sb.login("reader", "readerpw");
        assertThat(fresh.request("Action: UserEvent", "UserEvent: x", "ActionID: u").header("Message"))
                .isEqualTo("Permission denied");
    }

    @Test
    void removingASecretLineKeepsTheOldSecret() throws Exception {
        AmiTestClient admin = sb.login("admin", "admin123");
        rewrite("[general]\nenabled = yes\nbindaddr = 127.0.0.1\n" + BaseConfig.USERS.replace("secret = readerpw\n", ""));
        admin.request("Action: Reload", "Module: manager", "ActionID: r");
        assertThat(sb.connect().login("reader", "readerpw").header("Response")).isEqualTo("Success");
    }

    @Test
    void aDeletedUserCannotLogInButItsSessionStays() throws Exception {
        AmiTestClient reader = sb.login("reader", "readerpw");
        AmiTestClient admin = sb.login("admin", "admin123");
        rewrite("[general]\nenabled = yes\nbindaddr = 127.0.0.1\n[admin]\nsecret = admin123\nread = all\nwrite = all\n");
        admin.request("Action: Command", "Command: manager reload", "ActionID: r");
        assertThat(sb.connect().login("reader", "readerpw").header("Response")).isEqualTo("Error");
        assertThat(reader.request("Action: Ping", "ActionID: p").header("Ping")).isEqualTo("Pong");
    }

    @Test
    void anInvalidManagerConfChangesNothing() throws Exception {
        AmiTestClient admin = sb.login("admin", "admin123");
        Files.delete(sb.configDir().resolve("manager.conf"));
        assertThat(admin.request("Action: Reload", "Module: manager", "ActionID: r").header("Response")).isEqualTo("Success");
        assertThat(sb.connect().login("reader", "readerpw").header("Response")).isEqualTo("Success");
    }


    private static final String GENERAL = "[general]\nenabled = yes\nbindaddr = 127.0.0.1\n";

    @Test
    void generalOptionsThatAreNotResetSurviveTheRemovalOfTheirLine() throws Exception {
        AmiTestClient admin = sb.login("admin", "admin123");
        rewrite(GENERAL + "timestampevents = yes\nallowmultiplelogin = no\nchannelvars = A, B\n"
                + "disabledevents = Foo\nwebenabled = yes\ndisplayconnects = no\ndebug = yes\n" + BaseConfig.USERS);
        admin.request("Action: Reload", "Module: manager", "ActionID: r1");
        // second load without those lines, and a user that is new in it
        rewrite(GENERAL + BaseConfig.USERS + "\n[late]\nsecret = latepw\nread = user\nwrite = user\n");
        admin.request("Action: Reload", "Module: manager", "ActionID: r2");
        // manager.c manager_set_defaults resets only enabled, displayconnects, brokeneventsaction,
        // authtimeout, authlimit, debug and the listener settings (spec 01 §5.2)
        assertThat(ManagerCliTest.run(admin, "manager show settings")).contains(
                "  Web Manager (AMI/HTTP):    Yes            ",
                "  Allow multiple login:      No             ",
                "  Display connects:          Yes            ",
                "  Timestamp events:          Yes            ",
                "  Channel vars:              A, B",
                "  Disabled events:           Foo",
                "  Debug:                     No             ");
        // the kept [general] value is the default of a user created by this load
        assertThat(ManagerCliTest.run(admin, "manager show user late")).contains("allowmultiplelogin: no");
        AmiTestClient late = sb.login("late", "latepw");
        admin.request("Action: UserEvent", "UserEvent: Stamped", "ActionID: u");
        assertThat(late.awaitEvent("UserEvent").headers().line(2)).matches("Timestamp: \\d+\\.\\d{6}");
    }

    /**
     * manager.c reads the global authtimeout again when a waiting client's wait ends (get_input,
     * do_message): a reload that raised it keeps a client that connected under the old value.
     */
    @Test
    void aRaisedAuthtimeoutReachesAClientAlreadyWaiting() throws Exception {
        AmiTestClient admin = sb.login("admin", "admin123");
        rewrite(GENERAL + "authtimeout = 1\n" + BaseConfig.USERS);
        admin.request("Action: Reload", "Module: manager", "ActionID: r1");
        AmiTestClient waiting = sb.connect();
        assertThat(waiting.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
        rewrite(GENERAL + "authtimeout = 4\n" + BaseConfig.USERS);
        admin.request("Action: Reload", "Module: manager", "ActionID: r2");
        // under the old value it would be gone before 2 s; it stays past that
        Awaitility.await().during(Duration.ofMillis(2500))
                .atMost(Duration.ofSeconds(4)).until(() -> !waiting.isClosed());
        // and is dropped under the new one
        assertThat(waiting.awaitClosed(Duration.ofSeconds(6))).isTrue();
        assertThat(waiting.received()).isEqualTo("Asterisk Call Manager/11.0.0\r\n");
    }

    @Test
    void enabledNoStopsTheListenerAndKeepsOpenSessions() throws Exception {
        AmiTestClient admin = sb.login("admin", "admin123");
        InetSocketAddress listener = sb.amiAddress();
        rewrite("[general]\nenabled = no\nbindaddr = 127.0.0.1\n" + BaseConfig.USERS);
        admin.request("Action: Reload", "Module: manager", "ActionID: r");
        assertThat(ManagerCliTest.run(admin, "manager show settings")).contains(
                "  Manager (AMI):             No             ",
                "  TCP Bindaddress:           Disabled       ");
        assertThatThrownBy(() -> AmiTestClient.connect(listener).close()).isInstanceOf(IOException.class);
        assertThat(admin.request("Action: Ping", "ActionID: p").header("Ping")).isEqualTo("Pong");
    }

    @Test
    void aNewBindaddrMovesTheListenerAndOpenSessionsStay() throws Exception {
        AmiTestClient admin = sb.login("admin", "admin123");
        InetSocketAddress before = sb.amiAddress();
        rewrite("[general]\nenabled = yes\nbindaddr = 127.0.0.2\n" + BaseConfig.USERS);
        admin.request("Action: Reload", "Module: manager", "ActionID: r");
        // tcptls.c ast_tcptls_server_start: a changed address closes the old socket, binds the new one
        assertThat(sb.amiAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.2");
        assertThatThrownBy(() -> AmiTestClient.connect(before).close()).isInstanceOf(IOException.class);
        assertThat(sb.connect().login("reader", "readerpw").header("Response")).isEqualTo("Success");
        assertThat(admin.request("Action: Ping", "ActionID: p").header("Ping")).isEqualTo("Pong");
    }

    @Test
    void coreReloadReloadsTheManagerToo() throws Exception {
        AmiTestClient admin = sb.login("admin", "admin123");
        rewrite(GENERAL + BaseConfig.USERS + "\n[late]\nsecret = latepw\nread = user\nwrite = user\n");
        assertThat(ManagerCliTest.run(admin, "core reload")).containsExactly("");
        assertThat(sb.connect().login("late", "latepw").header("Response")).isEqualTo("Success");
    }

    @Test
    void anUnchangedFileIsNotReadAgain() throws Exception {
        AmiTestClient admin = sb.login("admin", "admin123");
        Path file = sb.configDir().resolve("manager.conf");
        java.nio.file.attribute.FileTime stamp = Files.getLastModifiedTime(file);
        // same size and time: config.c sees the file as unchanged and the reload does nothing
        Files.writeString(file, Files.readString(file, StandardCharsets.ISO_8859_1).replace("readerpw", "readerxx"),
                StandardCharsets.ISO_8859_1);
        Files.setLastModifiedTime(file, stamp);
        admin.request("Action: Reload", "Module: manager", "ActionID: r");
        assertThat(sb.connect().login("reader", "readerpw").header("Response")).isEqualTo("Success");
    }

    /** users.conf users (22.10.1 only): a reload keeps only those it creates (manager.c __init_manager). */
    @Nested
    class UsersConf {
        @RegisterExtension
        SwitchboardExtension withUsersConf = BaseConfig.withFiles("",
                Map.of("users.conf", "[general]\nhasmanager = yes\n[6001]\nsecret = sixpw\n"));

        @Test
        void aUsersConfUserIsGoneAfterAReloadThatDoesNotCreateIt() throws Exception {
            AmiTestClient admin = withUsersConf.login("admin", "admin123");
            assertThat(withUsersConf.connect().login("6001", "sixpw").header("Response")).isEqualTo("Success");
            Path file = withUsersConf.configDir().resolve("manager.conf");
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
            admin.request("Action: Reload", "Module: manager", "ActionID: r");
            assertThat(ManagerCliTest.run(admin, "manager show user 6001")).containsExactly("There is no manager called 6001");
            assertThat(withUsersConf.connect().login("6001", "sixpw").header("Response")).isEqualTo("Error");
        }
    }

    /** Named ACLs belong to the acl module (named_acl.c): only its reload reads acl.conf again. */
    @Nested
    class NamedAcl {
        @RegisterExtension
        SwitchboardExtension withAcl = BaseConfig.withUsers("", "[guarded]\nsecret = gpw\nacl = office\n",
                Map.of("acl.conf", "[office]\npermit = 127.0.0.1\n"));

        private void edit(String name, String content) throws Exception {
            Path file = withAcl.configDir().resolve(name);
            Files.writeString(file, content, StandardCharsets.ISO_8859_1);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        }

        @Test
        void aManagerReloadKeepsTheRulesAndAnAclReloadBringsTheNewOnes() throws Exception {
            AmiTestClient admin = withAcl.login("admin", "admin123");
            assertThat(withAcl.connect().login("guarded", "gpw").header("Response")).isEqualTo("Success");
            edit("acl.conf", "[office]\ndeny = 127.0.0.1\n");
            // manager.conf changed too, so it is read again, yet with the named ACLs already loaded
            edit("manager.conf", Files.readString(withAcl.configDir().resolve("manager.conf")) + "\n");
            ManagerCliTest.run(admin, "manager reload");
            assertThat(withAcl.connect().login("guarded", "gpw").header("Response")).isEqualTo("Success");
            // the acl module's reload is an ACL change: manager.conf is read again in full
            ManagerCliTest.run(admin, "module reload acl");
            assertThat(withAcl.connect().login("guarded", "gpw").header("Message")).isEqualTo("Authentication failed");
        }

        @Test
        void coreReloadAppliesAnEditedAclConf() throws Exception {
            AmiTestClient admin = withAcl.login("admin", "admin123");
            edit("acl.conf", "[office]\ndeny = 127.0.0.1\n");
            ManagerCliTest.run(admin, "core reload");
            assertThat(withAcl.connect().login("guarded", "gpw").header("Message")).isEqualTo("Authentication failed");
            assertThat(ManagerCliTest.run(admin, "manager show user guarded")).contains("  0:  deny - 127.0.0.1/255.255.255.255");
        }
    }
}
