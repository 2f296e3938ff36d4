package org.switchboard.manager.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.manager.acl.AccessListTest.ip;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ACLs of the users test1..test4 and only2 of captures/etc/manager.conf, with the named ACLs
 * of captures/etc/acl.conf, written out through the builders (spec 01 §6).
 */
class CapturedUsersAclTest {
    private static final List<String> CLIENTS = List.of("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4", "::1");

    private static NamedAcls aclConf;

    @BeforeAll
    static void readAclConf() throws Exception {
        aclConf = NamedAcls.builder()
                .add("testacl1", "deny", "0.0.0.0/0.0.0.0", 3)
                .add("testacl1", "permit", "127.0.0.1", 4)
                .add("testacl2", "permit", "0.0.0.0/0.0.0.0", 7)
                .add("testacl2", "deny", "127.0.0.1", 8)
                .add("testacl3", "permit", "0.0.0.0/0.0.0.0", 11)
                .add("testacl3", "deny", "127.0.0.3", 12)
                .add("testacl4", "permit", "0.0.0.0/0.0.0.0", 15)
                .add("testacl4", "deny", "127.0.0.4", 16)
                .build();
    }

    private static List<Boolean> verdicts(UserAcl acl) {
        return CLIENTS.stream().map(client -> acl.permits(ip(client))).toList();
    }

    @Test
    void test1PermitsOnly127001AmongIpv4ClientsAndLetsIpv6Through() throws Exception {
        UserAcl acl = UserAcl.builder()
                .add("deny", "0.0.0.0/0.0.0.0", aclConf)
                .add("permit", "127.0.0.1", aclConf)
                .build();
        assertThat(verdicts(acl)).containsExactly(true, false, false, false, true);
    }

    @Test
    void test2ThroughTestacl1BehavesLikeTest1() throws Exception {
        UserAcl acl = UserAcl.builder().add("acl", "testacl1", aclConf).build();
        assertThat(verdicts(acl)).containsExactly(true, false, false, false, true);
    }

    @Test
    void test3NeedsAllThreeNamedAclsToAllow() throws Exception {
        UserAcl acl = UserAcl.builder().add("acl", "testacl2,testacl3,testacl4", aclConf).build();
        assertThat(verdicts(acl)).containsExactly(false, true, false, false, true);
    }

    @Test
    void test4NamesAnUndefinedAclAndIsDeniedEverywhere() throws Exception {
        UserAcl acl = UserAcl.builder().add("acl", "notspecified", aclConf).build();
        assertThat(verdicts(acl)).containsExactly(false, false, false, false, false);
    }

    @Test
    void only2PermitsOnly127002AmongIpv4Clients() throws Exception {
        UserAcl acl = UserAcl.builder()
                .add("deny", "0.0.0.0/0.0.0.0", aclConf)
                .add("permit", "127.0.0.2", aclConf)
                .build();
        assertThat(verdicts(acl)).containsExactly(false, true, false, false, true);
    }

    @Test
    void test3DumpsItsThreeNamedAclsAsManagerShowUserDoes() throws Exception {
        UserAcl acl = UserAcl.builder().add("acl", "testacl2,testacl3,testacl4", aclConf).build();
        assertThat(acl.dumpLines()).containsExactly(
                "ACL: testacl2",
                "---------------------------------------------",
                "  0: allow - 0.0.0.0/0.0.0.0",
                "  1:  deny - 127.0.0.1/255.255.255.255",
                "ACL: testacl3",
                "---------------------------------------------",
                "  0: allow - 0.0.0.0/0.0.0.0",
                "  1:  deny - 127.0.0.3/255.255.255.255",
                "ACL: testacl4",
                "---------------------------------------------",
                "  0: allow - 0.0.0.0/0.0.0.0",
                "  1:  deny - 127.0.0.4/255.255.255.255");
    }

    @Test
    void test1DumpsItsUnnamedList() throws Exception {
        UserAcl acl = UserAcl.builder()
                .add("deny", "0.0.0.0/0.0.0.0", aclConf)
                .add("permit", "127.0.0.1", aclConf)
                .build();
        assertThat(acl.dumpLines()).containsExactly(
                "ACL: (unnamed)",
                "---------------------------------------------",
                "  0:  deny - 0.0.0.0/0.0.0.0",
                "  1: allow - 127.0.0.1/255.255.255.255");
    }
}
