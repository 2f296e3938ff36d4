package org.switchboard.manager.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.config.ConfigException;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;
import org.switchboard.manager.acl.NamedAcls;

/** manager.conf reading and reload rules (spec 01 §5.2-§5.4; manager.c __init_manager). */
class ManagerSettingsLoaderTest {
    private static final Path DIR = Path.of("/nonexistent-config-dir");

    private static ConfigFile conf(String text) throws ConfigException {
        return new ConfigReader(ConfigReadOptions.in(DIR)).parse(DIR.resolve("manager.conf"), text);
    }

    private static ManagerSettings load(String text, ManagerSettings previous) throws ConfigException {
        return ManagerSettingsLoader.load(conf(text), null, NamedAcls.none(), previous);
    }

    @Test
    void defaultsOfAnEmptyGeneralSection() throws Exception {
        GeneralSettings g = load("[general]\n", null).general();
        assertThat(g.enabled()).isFalse();
        assertThat(g.webEnabled()).isFalse();
        assertThat(g.bindAddress().getPort()).isEqualTo(5038);
        assertThat(g.bindAddress().getAddress().getHostAddress()).isEqualTo("0:0:0:0:0:0:0:0");
        assertThat(g.tlsBindAddress().getPort()).isEqualTo(5039);
        assertThat(g.allowMultipleLogin()).isTrue();
        assertThat(g.displayConnects()).isTrue();
        assertThat(g.timestampEvents()).isFalse();
        assertThat(g.httpTimeout()).isEqualTo(60);
        assertThat(g.authTimeout()).isEqualTo(30);
        assertThat(g.authLimit()).isEqualTo(50);
        assertThat(g.tls().certFile()).isEqualTo("asterisk.pem");
    }

    @Test
    void portWinsOverAPortInBindaddrInEitherOrder() throws Exception {
        assertThat(load("[general]\nport = 6000\nbindaddr = 127.0.0.1:7000\n", null).general().bindAddress().getPort())
                .isEqualTo(6000);
        assertThat(load("[general]\nbindaddr = 127.0.0.1:7000\nport = 6000\n", null).general().bindAddress().getPort())
                .isEqualTo(6000);
    }

    @Test
    void badValuesKeepTheirDefaults() throws Exception {
        GeneralSettings g = load("[general]\nport = 80\nauthtimeout = 0\nauthlimit = -3\nbindaddr = not-an-ip\n", null)
                .general();
        assertThat(g.bindAddress().getPort()).isEqualTo(5038);
        assertThat(g.authTimeout()).isEqualTo(30);
        assertThat(g.authLimit()).isEqualTo(50);
        assertThat(g.bindAddress().getAddress().isAnyLocalAddress()).isTrue();
    }

    @Test
    void tlsBindaddrWithoutPortOrWithThePlainPortUses5039() throws Exception {
        assertThat(load("[general]\nport=6000\ntlsbindaddr=127.0.0.1\n", null).general().tlsBindAddress().getPort())
                .isEqualTo(5039);
        assertThat(load("[general]\nport=6000\ntlsbindaddr=127.0.0.1:6000\n", null).general().tlsBindAddress().getPort())
                .isEqualTo(5039);
        assertThat(load("[general]\ntlsbindaddr=127.0.0.1:6100\n", null).general().tlsBindAddress().getPort())
                .isEqualTo(6100);
    }

    @Test
    void someGeneralOptionsSurviveTheirRemovalOnReload() throws Exception {
        ManagerSettings first = load("""
                [general]
                enabled = yes
                webenabled = yes
                allowmultiplelogin = no
                timestampevents = yes
                channelvars = a,b
                disabledevents = Foo
                displayconnects = no
                authtimeout = 5
                debug = yes
                """, null);
        GeneralSettings g = load("[general]\n", first).general();
        // not reset on reload (spec 01 §5.2)
        assertThat(g.webEnabled()).isTrue();
        assertThat(g.allowMultipleLogin()).isFalse();
        assertThat(g.timestampEvents()).isTrue();
        assertThat(g.channelVars()).containsExactly("a", "b");
        assertThat(g.disabledEvents()).isEqualTo("Foo");
        // reset on every load
        assertThat(g.enabled()).isFalse();
        assertThat(g.displayConnects()).isTrue();
        assertThat(g.authTimeout()).isEqualTo(30);
        assertThat(g.debug()).isFalse();
    }

    @Test
    void httptimeoutOfZeroKeepsThePreviousValue() throws Exception {
        ManagerSettings first = load("[general]\nhttptimeout = 120\n", null);
        assertThat(load("[general]\nhttptimeout = 0\n", first).general().httpTimeout()).isEqualTo(120);
        assertThat(load("[general]\n", first).general().httpTimeout()).isEqualTo(60);
    }

    @Test
    void usersAndTheirDefaults() throws Exception {
        ManagerSettings s = load("""
                [general]
                displayconnects = no
                allowmultiplelogin = no
                [tpl](!)
                read = call
                [Alice](tpl)
                secret = pw
                write = system,call
                [nobody]
                """, null);
        assertThat(s.users()).extracting(ManagerUser::name).containsExactly("Alice", "nobody");
        ManagerUser alice = s.user("alice").orElseThrow();
        assertThat(alice.secret()).isEqualTo("pw");
        assertThat(alice.readPerm()).isEqualTo(2);
        assertThat(alice.writePerm()).isEqualTo(3);
        assertThat(alice.displayConnects()).isFalse();
        assertThat(alice.allowMultipleLogin()).isFalse();
        assertThat(alice.writeTimeoutMs()).isEqualTo(100);
        ManagerUser nobody = s.user("NOBODY").orElseThrow();
        assertThat(nobody.secret()).isNull();
        assertThat(nobody.readPerm()).isZero();
        assertThat(nobody.hasAcl()).isFalse();
    }

    @Test
    void removedUserKeysKeepTheirOldValuesButAclAndSetvarsAreRebuilt() throws Exception {
        ManagerSettings first = load("""
                [u]
                secret = one
                read = call
                write = call
                writetimeout = 500
                permit = 127.0.0.1
                setvar = A=1
                [gone]
                secret = x
                """, null);
        ManagerSettings second = load("[u]\n", first);
        ManagerUser u = second.user("u").orElseThrow();
        assertThat(u.secret()).isEqualTo("one");
        assertThat(u.readPerm()).isEqualTo(2);
        assertThat(u.writeTimeoutMs()).isEqualTo(500);
        assertThat(u.hasAcl()).isFalse();
        assertThat(u.setvars()).isEmpty();
        assertThat(second.user("gone")).isEmpty();
    }

    @Test
    void writetimeoutBelow100IsRefused() throws Exception {
        assertThat(load("[u]\nwritetimeout = 50\n", null).user("u").orElseThrow().writeTimeoutMs()).isEqualTo(100);
        assertThat(load("[u]\nwritetimeout = 250\n", null).user("u").orElseThrow().writeTimeoutMs()).isEqualTo(250);
    }

    @Test
    void setvarsAreSplitAtTheFirstEqualsAndKeptNewestFirst() throws Exception {
        ManagerUser u = load("[u]\nsetvar = A=1=2\nsetvar = B=x\nsetvar = novalue\n", null).user("u").orElseThrow();
        assertThat(u.setvars()).containsExactly(Map.entry("B", "x"), Map.entry("A", "1=2"));
    }

    @Test
    void anInvalidAclDeletesTheUser() throws Exception {
        ManagerSettings s = load("[bad]\nsecret = x\npermit = 300.1.1.1\n[good]\nsecret = y\n", null);
        assertThat(s.user("bad")).isEmpty();
        assertThat(s.user("good")).isPresent();
    }

    @Test
    void aclsApplyLastMatchWins() throws Exception {
        ManagerUser u = load("[u]\ndeny = 0.0.0.0/0.0.0.0\npermit = 127.0.0.1/255.255.255.255\n", null)
                .user("u").orElseThrow();
        assertThat(u.permits(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(u.permits(InetAddress.getByName("127.0.0.2"))).isFalse();
    }

    @Test
    void aSecondSectionOfTheSameUserStartsItsAclAgain() throws Exception {
        ManagerUser u = load("[u]\ndeny = 0.0.0.0/0\nsecret = a\n[u]\nread = call\n", null).user("u").orElseThrow();
        assertThat(u.hasAcl()).isFalse();
        assertThat(u.secret()).isEqualTo("a");
        assertThat(u.readPerm()).isEqualTo(2);
    }

    @Test
    void usersConfUsersDefaultToEverything() throws Exception {
        ConfigFile users = new ConfigReader(ConfigReadOptions.in(DIR)).parse(DIR.resolve("users.conf"), """
                [general]
                hasmanager = yes
                secret = gen
                [6001]
                [6002]
                hasmanager = no
                """);
        ManagerSettings s = ManagerSettingsLoader.load(conf("[general]\n"), users, NamedAcls.none(), null);
        ManagerUser u = s.user("6001").orElseThrow();
        assertThat(u.secret()).isEqualTo("gen");
        assertThat(u.readPerm()).isEqualTo(-1);
        assertThat(s.user("6002")).isEmpty();
    }

    @Test
    void channelvarsSplitLikeStandardAppArgsWithoutTrimming() throws Exception {
        // manager.c load_channelvars: AST_STANDARD_APP_ARGS, the raw text kept for the CLI
        GeneralSettings g = load("[general]\nchannelvars = FOO, HASH(a,b),\"Q,R\"\n", null).general();
        assertThat(g.channelVars()).containsExactly("FOO", " HASH(a,b)", "Q,R");
        assertThat(g.channelVarsText()).isEqualTo("FOO, HASH(a,b),\"Q,R\"");
    }

    @Test
    void atMost128ChannelvarsTheLastTakesTheRest() throws Exception {
        StringBuilder names = new StringBuilder("v0");
        for (int i = 1; i < 130; i++) {
            names.append(",v").append(i);
        }
        GeneralSettings g = load("[general]\nchannelvars = " + names + "\n", null).general();
        assertThat(g.channelVars()).hasSize(128);
        assertThat(g.channelVars().get(127)).isEqualTo("v127,v128,v129");
    }

    @Test
    void onReloadOnlyUsersConfUsersThatAreNewAreKept() throws Exception {
        ConfigReader reader = new ConfigReader(ConfigReadOptions.in(DIR));
        ConfigFile users = reader.parse(DIR.resolve("users.conf"), "[6001]\nhasmanager = yes\nsecret = a\n"
                + "[6002]\nhasmanager = yes\nsecret = b\n");
        ManagerSettings first = ManagerSettingsLoader.load(conf("[general]\n[6002]\nread = user\n"), users,
                NamedAcls.none(), null);
        assertThat(first.user("6001")).isPresent();
        // manager.c __init_manager marks only users it creates from users.conf as kept
        ConfigFile changed = reader.parse(DIR.resolve("users.conf"), "[6001]\nhasmanager = yes\nsecret = a\n"
                + "[6002]\nhasmanager = yes\nsecret = b2\n[6003]\nhasmanager = yes\nsecret = c\n");
        ManagerSettings second = ManagerSettingsLoader.load(conf("[general]\n[6002]\nread = user\n"), changed,
                NamedAcls.none(), first);
        assertThat(second.user("6001")).isEmpty();
        assertThat(second.user("6002").orElseThrow().secret()).isEqualTo("b2");
        assertThat(second.user("6003")).isPresent();
        // an unchanged users.conf is not read at all (null here): its users are pruned too
        ManagerSettings third = ManagerSettingsLoader.load(conf("[general]\n[6002]\nread = user\n"), null,
                NamedAcls.none(), second);
        assertThat(third.user("6003")).isEmpty();
        assertThat(third.user("6002")).isPresent();
    }

    @Test
    void portIsReadLikeStrtoulWithBaseZero() throws Exception {
        // config.c ast_parse_arg PARSE_UINT32: strtoul(arg, &end, 0), nothing may follow
        assertThat(load("[general]\nport = 0x13AF\n", null).general().bindAddress().getPort()).isEqualTo(5039);
        assertThat(load("[general]\nport = 011657\n", null).general().bindAddress().getPort()).isEqualTo(5039);
        assertThat(load("[general]\nport = +6000\n", null).general().bindAddress().getPort()).isEqualTo(6000);
        assertThat(load("[general]\nport = 6000x\n", null).general().bindAddress().getPort()).isEqualTo(5038);
        assertThat(load("[general]\nport = 0x\n", null).general().bindAddress().getPort()).isEqualTo(5038);
        assertThat(load("[general]\nport = 080\n", null).general().bindAddress().getPort()).isEqualTo(5038);
    }
}
