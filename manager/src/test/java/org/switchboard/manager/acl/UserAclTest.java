package org.switchboard.manager.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.manager.acl.AccessListTest.ip;

import org.junit.jupiter.api.Test;

/** A user's base list plus named ACLs (spec 01 §6; acl.c ast_append_acl, ast_apply_acl_internal). */
class UserAclTest {

    private static NamedAcls named() throws AclFormatException {
        return NamedAcls.builder()
                .add("office", "permit", "0.0.0.0/0", 1)
                .add("office", "deny", "10.0.0.66", 2)
                .define("open")
                .build();
    }

    @Test
    void aUserWithoutAclLinesPermitsEveryone() {
        UserAcl acl = UserAcl.builder().build();
        assertThat(acl.isEmpty()).isTrue();
        assertThat(acl.permits(ip("10.0.0.1"))).isTrue();
        assertThat(acl.dumpLines()).isEmpty();
    }

    @Test
    void allPermitAndDenyLinesFormOneBaseListInFileOrder() throws Exception {
        UserAcl acl = UserAcl.builder()
                .addRule("deny", "0.0.0.0/0.0.0.0")
                .addRule("permit", "10.0.0.0/8")
                .build();
        assertThat(acl.entries()).hasSize(1);
        assertThat(acl.permits(ip("10.2.3.4"))).isTrue();
        assertThat(acl.permits(ip("11.2.3.4"))).isFalse();
    }

    @Test
    void everyEntryMustAllow() throws Exception {
        UserAcl acl = UserAcl.builder()
                .addRule("permit", "10.0.0.0/8")
                .addNamed("office", named())
                .build();
        assertThat(acl.permits(ip("10.0.0.1"))).isTrue();
        assertThat(acl.permits(ip("10.0.0.66"))).isFalse();
    }

    @Test
    void theBaseListStaysFirstEvenWhenItsLinesComeAfterAnAclLine() throws Exception {
        UserAcl acl = UserAcl.builder()
                .add("acl", "office", named())
                .add("permit", "10.0.0.1", named())
                .add("deny", "10.0.0.2", named())
                .build();
        assertThat(acl.entries()).extracting(UserAcl.Entry::name).containsExactly("", "office");
        assertThat(acl.dumpLines()).containsExactly(
                "ACL: (unnamed)",
                "---------------------------------------------",
                "  0: allow - 10.0.0.1/255.255.255.255",
                "  1:  deny - 10.0.0.2/255.255.255.255",
                "ACL: office",
                "---------------------------------------------",
                "  0: allow - 0.0.0.0/0.0.0.0",
                "  1:  deny - 10.0.0.66/255.255.255.255");
    }

    @Test
    void anUndefinedNamedAclDeniesEverything() throws Exception {
        UserAcl acl = UserAcl.builder().addNamed("nosuchacl", named()).build();
        assertThat(acl.isEmpty()).isFalse();
        assertThat(acl.entries().get(0).undefined()).isTrue();
        assertThat(acl.permits(ip("10.0.0.1"))).isFalse();
        assertThat(acl.permits(ip("::1"))).isFalse();
        assertThat(acl.permits(ip("10.0.0.1"), "Manager User ACL: ")).isFalse();
        assertThat(acl.dumpLines()).containsExactly("ACL: nosuchacl", "---------------------------------------------");
    }

    @Test
    void noNamedAclsAtAllMakesEveryNameUndefined() throws Exception {
        assertThat(UserAcl.builder().addNamed("office", NamedAcls.none()).build().permits(ip("10.0.0.1"))).isFalse();
    }

    @Test
    void aDefinedButEmptyNamedAclAllowsEverything() throws Exception {
        UserAcl acl = UserAcl.builder().addNamed("open", named()).build();
        assertThat(acl.permits(ip("10.0.0.1"))).isTrue();
        assertThat(acl.permits(ip("::1"))).isTrue();
    }

    @Test
    void namedAclsAreLookedUpWithCase() throws Exception {
        UserAcl acl = UserAcl.builder().addNamed("OFFICE", named()).build();
        assertThat(acl.entries().get(0).undefined()).isTrue();
    }

    @Test
    void blanksBeforeANameAreSkippedButNotAfterIt() throws Exception {
        UserAcl acl = UserAcl.builder().addNamed("office, \topen", named()).build();
        assertThat(acl.entries()).extracting(UserAcl.Entry::name).containsExactly("office", "open");
        assertThat(acl.entries()).noneMatch(UserAcl.Entry::undefined);

        UserAcl trailing = UserAcl.builder().addNamed("office ", named()).build();
        assertThat(trailing.entries().get(0).undefined()).isTrue();
    }

    @Test
    void aRepeatedNameIsAnErrorEvenWithOtherCaseOrOnAnotherLine() throws Exception {
        assertThatThrownBy(() -> UserAcl.builder().addNamed("office,open,office", named()))
                .isInstanceOf(AclFormatException.class)
                .hasMessage("Named ACL 'office' occurs multiple times in ACL definition. "
                        + "Please update your ACL configuration.");
        UserAcl.Builder builder = UserAcl.builder().addNamed("office", named());
        assertThatThrownBy(() -> builder.addNamed("Office", named())).isInstanceOf(AclFormatException.class);
    }

    @Test
    void anEmptyNameAfterRulesClashesWithTheUnnamedBaseList() throws Exception {
        UserAcl.Builder builder = UserAcl.builder().addRule("permit", "10.0.0.1");
        assertThatThrownBy(() -> builder.addNamed("", named()))
                .hasMessage("Named ACL '' occurs multiple times in ACL definition. Please update your ACL configuration.");
    }

    @Test
    void anInvalidRuleCarriesAsteriskReasonAndTheManagerMessage() {
        assertThatThrownBy(() -> UserAcl.builder().addRule("permit", "10.0.0.1,bogus"))
                .isInstanceOfSatisfying(AclFormatException.class, e -> {
                    assertThat(e).hasMessage("Invalid IP address: bogus");
                    assertThat(e.managerUserMessage("test1", 12)).isEqualTo(
                            "Invalid ACL '10.0.0.1,bogus' for manager user 'test1' on line 12. Deleting user");
                });
    }

    @Test
    void anIpv4MappedClientIsJudgedByIpv4Rules() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 2};
        UserAcl acl = UserAcl.builder().addRule("deny", "0.0.0.0/0").addRule("permit", "127.0.0.1").build();
        assertThat(acl.permits(java.net.Inet6Address.getByAddress(null, mapped, -1))).isFalse();
    }
}
