package org.switchboard.testkit.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Captured identifiers stand for live ones one to one; through the block matcher, as comparisons use them. */
class IdentityMapTest {
    private final BlockMatcher matcher = new BlockMatcher(FieldRules.calls(), true);
    private final IdentityMap ids = new IdentityMap(Set.of("MyCustomId", "MyCustomId;2"), List.of());

    private BlockMatcher.Mismatch match(String expected, String actual) {
        IdentityMap.Tx tx = ids.begin();
        BlockMatcher.Mismatch m = matcher.match(List.of(expected.split("\n")), List.of(actual.split("\n")), tx, ids);
        if (m == null) {
            tx.commit();
        }
        return m;
    }

    @Test
    void aCapturedUniqueidStandsForOneLiveUniqueid() {
        assertThat(match("Uniqueid: 1795347864.4913\nLinkedid: 1795347864.4913", "Uniqueid: 1700.7\nLinkedid: 1700.7")).isNull();
        assertThat(ids.live(IdKind.UNIQUEID, "1795347864.4913")).contains("1700.7");
        assertThat(ids.captured(IdKind.UNIQUEID, "1700.7")).contains("1795347864.4913");

        BlockMatcher.Mismatch other = match("Uniqueid: 1795347864.4913", "Uniqueid: 1700.8");
        assertThat(other.reason()).isEqualTo("the captured Uniqueid 1795347864.4913 already stands for 1700.7, not 1700.8");
        assertThat(other.onlyIdentities()).isTrue();

        BlockMatcher.Mismatch twoOnOne = match("Uniqueid: 1795347864.4914", "Uniqueid: 1700.7");
        assertThat(twoOnOne.reason()).isEqualTo(
                "the live Uniqueid 1700.7 already stands for the captured 1795347864.4913, so it cannot stand for 1795347864.4914 too");
    }

    @Test
    void withinOneBlockTheBindingsMustAgreeToo() {
        // the ;2 half's Linkedid is the ;1 half's Uniqueid
        BlockMatcher.Mismatch m = match("Uniqueid: 1795347864.4914\nLinkedid: 1795347864.4913",
                "Uniqueid: 1700.2\nLinkedid: 1700.2");
        assertThat(m.line()).isEqualTo(2);
        assertThat(m.reason()).contains("already stands for the captured 1795347864.4914");
        assertThat(ids.bindings()).isEmpty();   // nothing of a failed block is kept
    }

    @Test
    void bothHalvesOfALocalPairFollowOneNumber() {
        assertThat(match("Channel: Local/s@default-0000084b;1", "Channel: Local/s@default-00000001;1")).isNull();
        assertThat(match("Channel: Local/s@default-0000084b;2", "Channel: Local/s@default-00000001;2")).isNull();
        assertThat(match("Channel: Local/s@default-0000084b;2", "Channel: Local/s@default-00000002;2")).isNotNull();
        assertThat(match("Channel: Local/s@default-0000084b;2", "Channel: Local/s@default-00000001;1"))
                .extracting(BlockMatcher.Mismatch::reason).isEqualTo("a different value");
        // a channel name in a header name (OriginateResponse's channel variables)
        assertThat(match("ChanVariable(Local/s@default-0000084b;1): foo=", "ChanVariable(Local/s@default-00000001;1): foo="))
                .isNull();
    }

    @Test
    void aValueTheClientChoseIsData() {
        assertThat(match("Uniqueid: MyCustomId", "Uniqueid: MyCustomId")).isNull();
        assertThat(match("Uniqueid: MyCustomId;2", "Uniqueid: OtherId;2")).isNotNull();
        assertThat(ids.bindings()).isEmpty();
    }

    @Test
    void bridgeIdsAreMappedOnlyInBridgeHeaders() {
        assertThat(match("BridgeUniqueid: 5780b155-e1bf-4f2c-9c76-698047ec7a4d",
                "BridgeUniqueid: 0d5f8c8e-1111-4222-8333-944445555666")).isNull();
        assertThat(match("Val: 5780b155-e1bf-4f2c-9c76-698047ec7a4d", "Val: 0d5f8c8e-1111-4222-8333-944445555666"))
                .isNotNull();
        assertThat(match("Extra: {\"bridge_id\":\"5780b155-e1bf-4f2c-9c76-698047ec7a4d\",\"bridge_technology\":\"simple_bridge\"}",
                "Extra: {\"bridge_id\":\"0d5f8c8e-1111-4222-8333-944445555666\",\"bridge_technology\":\"simple_bridge\"}")).isNull();
    }

    @Test
    void clientBytesGetTheLiveIdentifiersTheServerShowedOnly() {
        match("Channel: Local/s@default-0000084b;1\nUniqueid: 1795347880.4940", "Channel: Local/s@default-0000000a;1\nUniqueid: 5.6");
        assertThat(ids.translate("Action: Hangup\r\nChannel: Local/s@default-0000084b;2\r\n\r\n"))
                .isEqualTo("Action: Hangup\r\nChannel: Local/s@default-0000000a;2\r\n\r\n");
        assertThat(ids.translate("Action: Hangup\r\nChannel: 1795347880.4940\r\n\r\n"))
                .isEqualTo("Action: Hangup\r\nChannel: 5.6\r\n\r\n");
        // never shown by the server (I01 hangs up a channel that does not exist on purpose)
        assertThat(ids.translate("Channel: Local/none@default-ffffffff;1\r\n")).isEqualTo("Channel: Local/none@default-ffffffff;1\r\n");
        // a longer number is another identifier
        assertThat(ids.translate("Channel: 1795347880.49401\r\n")).isEqualTo("Channel: 1795347880.49401\r\n");
    }
}
