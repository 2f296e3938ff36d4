package org.switchboard.bench.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bench.client.Target;
import org.switchboard.manager.Switchboard;

class CallsRunTest {
    private static final CallsRun.Dialplan DIALPLAN = CallsRun.Dialplan.local("default", "100");

    private static CallsRun.Settings settings(Target target, double rate) {
        return new CallsRun.Settings(target, rate, Duration.ofMillis(500), DIALPLAN, Duration.ofSeconds(10), "on", 0);
    }

    private static String header(List<String> request, String name) {
        return request.stream().filter(l -> l.startsWith(name + ": ")).map(l -> l.substring(name.length() + 2))
                .findFirst().orElse("");
    }

    @Test
    void sendsAsyncOriginatesWithOneIdPerCall() throws Exception {
        try (FakeAmiServer fake = new FakeAmiServer((c, n) -> FakeAmiServer.Outcome.SUCCESS)) {
            CallsRun.run(settings(fake.target(), 40), "sbbtest");
            assertThat(fake.originates).hasSize(20);
            for (int i = 0; i < fake.originates.size(); i++) {
                List<String> r = fake.originates.get(i);
                assertThat(r.get(0)).isEqualTo("Action: Originate");
                assertThat(header(r, "Channel")).isEqualTo("Local/100@default");
                assertThat(header(r, "Context")).isEqualTo("default");
                assertThat(header(r, "Exten")).isEqualTo("100");
                assertThat(header(r, "Priority")).isEqualTo("1");
                assertThat(header(r, "Async")).isEqualTo("true");
                assertThat(header(r, "ActionID")).isEqualTo("sbbtest-" + i);
                assertThat(header(r, "ChannelId")).isEqualTo("sbbtest-" + i);
            }
        }
    }

    @Test
    void countsEachCallsResponseAndChannelEvents() throws Exception {
        try (FakeAmiServer fake = new FakeAmiServer((c, n) -> FakeAmiServer.Outcome.SUCCESS)) {
            CallsRun.Result r = CallsRun.run(settings(fake.target(), 100), "sbbtest");
            assertThat(r.calls()).isEqualTo(50);
            assertThat(r.accepted()).isEqualTo(50);
            assertThat(r.rejected()).isZero();
            assertThat(r.succeeded()).isEqualTo(50);
            assertThat(r.failed()).isZero();
            assertThat(r.firstFailureReason()).isEqualTo(-1);
            assertThat(r.completed()).isEqualTo(50);
            assertThat(r.newchannels()).isEqualTo(100);
            assertThat(r.hangups()).isEqualTo(100);
            // OriginateResponse, 2 Newchannel, 2 Hangup; the other call's Newchannel is not ours
            assertThat(r.linkedEvents()).isEqualTo(250);
            assertThat(r.events()).isEqualTo(300);
            assertThat(r.drained()).isTrue();
            assertThat(r.p50()).isPositive().isLessThanOrEqualTo(r.p99());
        }
    }

    @Test
    void countsRefusedAndFailedCallsApart() throws Exception {
        FakeAmiServer.Policy policy = (c, n) -> n % 5 == 0 ? FakeAmiServer.Outcome.REJECTED
                : n % 5 == 1 ? FakeAmiServer.Outcome.FAILED : FakeAmiServer.Outcome.SUCCESS;
        try (FakeAmiServer fake = new FakeAmiServer(policy)) {
            CallsRun.Result r = CallsRun.run(settings(fake.target(), 100), "sbbtest");
            assertThat(r.calls()).isEqualTo(50);
            assertThat(r.accepted()).isEqualTo(40);
            assertThat(r.rejected()).isEqualTo(10);
            assertThat(r.succeeded()).isEqualTo(30);
            assertThat(r.failed()).isEqualTo(10);
            // the fake's failed OriginateResponse says Reason: 0, as Asterisk's does when no channel came up
            assertThat(r.firstFailureReason()).isZero();
            assertThat(r.completed()).isEqualTo(50);
            assertThat(r.allSucceeded()).isFalse();
        }
    }

    /** A search that judges steps by their calls only, never by timing. */
    private static CallsSearch.Settings search(Target target, double maxRate) {
        return new CallsSearch.Settings(settings(target, 20), 2, maxRate, Long.MAX_VALUE, 0);
    }

    @Test
    void theSearchStopsAtTheFirstStepThatIsNotSustained() throws Exception {
        // the third step's connection gets failing calls
        FakeAmiServer.Policy policy = (c, n) -> c >= 3 ? FakeAmiServer.Outcome.FAILED : FakeAmiServer.Outcome.SUCCESS;
        try (FakeAmiServer fake = new FakeAmiServer(policy)) {
            CallsSearch.Result r = CallsSearch.run(search(fake.target(), 1000), "sbbtest");
            assertThat(r.steps()).extracting(CallsRun.Result::rate).containsExactly(20.0, 40.0, 80.0);
            assertThat(r.sustainedRate()).isEqualTo(40);
            assertThat(r.figures().toString()).contains("sustained_rate=40 ").contains(" rate=40 ");
        }
    }

    @Test
    void aStepWhoseSessionIsClosedEndsTheSearchLikeAStepNotSustained() throws Exception {
        // the third step's connection is closed by the server at its first call
        FakeAmiServer.Policy policy = (c, n) -> c >= 3 ? FakeAmiServer.Outcome.CLOSE : FakeAmiServer.Outcome.SUCCESS;
        try (FakeAmiServer fake = new FakeAmiServer(policy)) {
            CallsSearch.Result r = CallsSearch.run(search(fake.target(), 1000), "sbbtest");
            assertThat(r.steps()).extracting(CallsRun.Result::rate).containsExactly(20.0, 40.0);
            assertThat(r.sustainedRate()).isEqualTo(40);
            assertThat(r.figures().toString()).contains("sustained_rate=40 ", " broken_at=80 ", " broken=calls_session_ended");
        }
    }

    @Test
    void theSearchEndsAtTheHighestRateAllowed() throws Exception {
        try (FakeAmiServer fake = new FakeAmiServer((c, n) -> FakeAmiServer.Outcome.SUCCESS)) {
            CallsSearch.Result r = CallsSearch.run(search(fake.target(), 50), "sbbtest");
            assertThat(r.steps()).extracting(CallsRun.Result::rate).containsExactly(20.0, 40.0);
            assertThat(r.sustainedRate()).isEqualTo(40);
        }
    }

    @Test
    void callsIntoTheBenchDialplanOfASwitchboardCompleteWithTheirFullEventStream(@TempDir Path dir) throws Exception {
        try (Switchboard server = Servers.start(dir)) {
            // Local/100@default: Answer, Wait(1), Hangup, with CDR and CEL on (BenchServer's configuration)
            CallsRun.Result r = CallsRun.run(settings(Servers.target(server), 20), "sbbtest");
            assertThat(r.calls()).isEqualTo(10);
            assertThat(r.accepted()).isEqualTo(10);
            assertThat(r.succeeded()).isEqualTo(10);
            assertThat(r.completed()).isEqualTo(10);
            assertThat(r.drained()).isTrue();
            // a Local channel is a pair: two Newchannel and two Hangup per call
            assertThat(r.newchannels()).isEqualTo(20);
            assertThat(r.hangups()).isEqualTo(20);
            // beyond OriginateResponse, Newchannel and Hangup: CEL and the rest of the call's channel events
            assertThat(r.linkedEvents()).isGreaterThan(5 * 10);
            // the Cdr events (cdr_manager) carry no Linkedid: counted in events only
            assertThat(r.events()).isGreaterThan(r.linkedEvents());
        }
    }

    @Test
    void aCallToAMissingExtensionIsRefusedAndTheRunStillEnds(@TempDir Path dir) throws Exception {
        try (Switchboard server = Servers.start(dir)) {
            CallsRun.Settings s = new CallsRun.Settings(Servers.target(server), 40, Duration.ofMillis(500),
                    CallsRun.Dialplan.local("default", "999"), Duration.ofSeconds(10), "on", 0);
            CallsRun.Result r = CallsRun.run(s, "sbbtest");
            assertThat(r.calls()).isEqualTo(20);
            // manager.c action_originate: "Extension does not exist."
            assertThat(r.rejected()).isEqualTo(20);
            assertThat(r.accepted()).isZero();
            assertThat(r.completed()).isEqualTo(20);
            assertThat(r.drained()).isTrue();
            assertThat(r.allSucceeded()).isFalse();
        }
    }
}
