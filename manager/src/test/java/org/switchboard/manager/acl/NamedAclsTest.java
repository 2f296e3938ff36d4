package org.switchboard.manager.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.manager.acl.AccessListTest.ip;

import org.junit.jupiter.api.Test;
import org.switchboard.config.ConfigFixtures;

/** acl.conf as named_acl.c and config_options.c read it. */
class NamedAclsTest {

    @Test
    void buildsOneAclPerCategoryFromTheConfigModel() throws Exception {
        NamedAcls acls = NamedAcls.fromConfig(ConfigFixtures.file("acl.conf")
                .category("testacl1").variable("deny", "0.0.0.0/0.0.0.0").variable("permit", "127.0.0.1")
                .category("testacl2").variable("permit", "0.0.0.0/0.0.0.0").variable("deny", "127.0.0.1")
                .build());
        assertThat(acls.names()).containsExactly("testacl1", "testacl2");
        assertThat(acls.find("testacl1").orElseThrow().permits(ip("127.0.0.1"))).isTrue();
        assertThat(acls.find("testacl1").orElseThrow().permits(ip("127.0.0.2"))).isFalse();
        assertThat(acls.find("testacl2").orElseThrow().permits(ip("127.0.0.1"))).isFalse();
    }

    @Test
    void keysAreMatchedWithoutCaseButNamesWithCase() throws Exception {
        NamedAcls acls = NamedAcls.fromConfig(ConfigFixtures.file("acl.conf")
                .category("Office").variable("PERMIT", "10.0.0.1").variable("Deny", "10.0.0.2")
                .build());
        assertThat(acls.find("Office").orElseThrow().dumpRows()).containsExactly(
                "  0: allow - 10.0.0.1/255.255.255.255",
                "  1:  deny - 10.0.0.2/255.255.255.255");
        assertThat(acls.find("office")).isEmpty();
    }

    @Test
    void aRepeatedCategoryAddsToTheSameAcl() throws Exception {
        NamedAcls acls = NamedAcls.fromConfig(ConfigFixtures.file("acl.conf")
                .category("a").variable("deny", "10.0.0.0/8")
                .category("b").variable("deny", "11.0.0.0/8")
                .category("a").variable("permit", "10.0.0.1")
                .build());
        assertThat(acls.find("a").orElseThrow().rules()).hasSize(2);
        assertThat(acls.find("a").orElseThrow().permits(ip("10.0.0.1"))).isTrue();
    }

    @Test
    void templatesAreNotAcls() throws Exception {
        NamedAcls acls = NamedAcls.fromConfig(ConfigFixtures.file("acl.conf")
                .template("tpl").variable("deny", "0.0.0.0/0")
                .category("real")
                .build());
        assertThat(acls.names()).containsExactly("real");
        assertThat(acls.find("real").orElseThrow().isEmpty()).isTrue();
    }

    @Test
    void aGeneralCategoryMakesTheWholeFileInvalid() {
        assertThatThrownBy(() -> NamedAcls.fromConfig(ConfigFixtures.file("acl.conf")
                .category("ok").variable("deny", "10.0.0.1")
                .category("General").build()))
                .isInstanceOf(AclFormatException.class)
                .hasMessage("Could not find config type for category 'General' in 'acl.conf'");
    }

    @Test
    void anUnknownKeyMakesTheWholeFileInvalid() {
        assertThatThrownBy(() -> NamedAcls.fromConfig(ConfigFixtures.file("acl.conf")
                .category("x").variable("deny", "10.0.0.1").variable("rule_order", "1").build()))
                .isInstanceOf(AclFormatException.class)
                .hasMessage("Could not find option suitable for category 'x' named 'rule_order' at line 3 of acl.conf");
    }

    @Test
    void aBadLineFromAnIncludedFileNamesThatFile() {
        assertThatThrownBy(() -> NamedAcls.fromConfig(ConfigFixtures.file("/etc/asterisk/acl.conf")
                .category("x").variableFrom("/etc/asterisk/acl_extra.conf", 4, "permit", "10.0.0.999").build()))
                .hasMessage("Error parsing permit=10.0.0.999 at line 4 of acl_extra.conf (Invalid IP address: 10.0.0.999)");
    }

    @Test
    void aBadRuleMakesTheWholeFileInvalidAndNamesTheLine() {
        assertThatThrownBy(() -> NamedAcls.builder().add("x", "permit", "10.0.0.0/40", 7))
                .isInstanceOf(AclFormatException.class)
                .hasMessage("Error parsing permit=10.0.0.0/40 at line 7 of acl.conf (Invalid CIDR netmask: 40)");
    }

    @Test
    void theSenseComesFromTheKeyNotFromItsFirstLetterAlone() throws Exception {
        NamedAcls acls = NamedAcls.builder().add("x", "Permit", "!10.0.0.1", 1).build();
        assertThat(acls.find("x").orElseThrow().permits(ip("10.0.0.1"))).isFalse();
    }

    @Test
    void noneDefinesNothing() {
        assertThat(NamedAcls.none().names()).isEmpty();
        assertThat(NamedAcls.none().find("anything")).isEmpty();
    }
}
