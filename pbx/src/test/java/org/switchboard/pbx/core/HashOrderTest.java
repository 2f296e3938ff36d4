package org.switchboard.pbx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HashOrderTest {
    @Test
    void stasisCacheOrderIsTheOrderOfCaptureT01sDeviceStateList() {
        // every device of the captured list, in the captured order
        List<String> captured = List.of("Queue:queue1_avail", "Queue:queue3_pause_Local/m3@agents", "Custom:Ham",
                "Queue:sales_pause_Local/agent2@agents", "Custom:green_eggs_and_ham", "Custom:eggs", "Agent:1001",
                "Custom:ham", "park:803@acclot", "Custom:Eggs", "confbridge:room1",
                "Surrogate/Local/echo@default", "Queue:qr1_avail", "Queue:qr2_pause_local/7@default");
        HashOrder<String> order = new HashOrder<>();
        for (String d : List.of("Custom:Eggs", "Custom:eggs", "Queue:qr2_pause_local/7@default", "Agent:1001",
                "Custom:Ham", "Surrogate/Local/echo@default", "Queue:queue1_avail", "Custom:green_eggs_and_ham",
                "park:803@acclot", "Queue:qr1_avail", "confbridge:room1", "Custom:ham",
                "Queue:queue3_pause_Local/m3@agents", "Queue:sales_pause_Local/agent2@agents")) {
            order.add(d, HashOrder.stasisCacheBucket("ast_device_state_message_type", d));
        }
        assertThat(order.items()).containsExactlyElementsOf(captured);
    }

    @Test
    void stasisCacheOrderIsTheOrderOfCaptureT02sPresenceStateList() {
        HashOrder<String> order = new HashOrder<>();
        for (String p : List.of("CustomPresence:accx02", "CustomPresence:Ham", "CustomPresence:Stuff",
                "CustomPresence:ham", "CustomPresence:eggs", "CustomPresence:Eggs")) {
            order.add(p, HashOrder.stasisCacheBucket("ast_presence_state_message_type", p));
        }
        assertThat(order.items()).containsExactly("CustomPresence:Eggs", "CustomPresence:eggs", "CustomPresence:ham",
                "CustomPresence:Stuff", "CustomPresence:Ham", "CustomPresence:accx02");
    }

    @Test
    void caseHashBucketsAreThoseOfAstStrCaseHash() {
        // djb2 with xor over the lower-cased bytes, masked to INT_MAX, modulo 563 (computed from strings.h)
        assertThat(HashOrder.caseHashBucket("")).isEqualTo(314);
        assertThat(HashOrder.caseHashBucket("eggs")).isEqualTo(203);
        assertThat(HashOrder.caseHashBucket("EGGS")).isEqualTo(203);
        assertThat(HashOrder.caseHashBucket("ham")).isEqualTo(480);
        assertThat(HashOrder.caseHashBucket("1234")).isEqualTo(445);
        assertThat(HashOrder.caseHashBucket("_XNNN")).isEqualTo(93);
        assertThat(HashOrder.caseHashBucket("100")).isEqualTo(24);
    }

    @Test
    void withinABucketItemsKeepTheirInsertionOrderAndAReAddGoesLast() {
        HashOrder<String> order = new HashOrder<>();
        order.add("b", 5);
        order.add("a", 5);
        order.add("z", 1);
        order.add("b", 5);          // already there: keeps its place
        assertThat(order.items()).containsExactly("z", "b", "a");
        order.remove("b");
        order.add("b", 5);
        assertThat(order.items()).containsExactly("z", "a", "b");
        assertThat(order.size()).isEqualTo(3);
    }
}
