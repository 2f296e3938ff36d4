package org.switchboard.e2e.hostile;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * A fresh server per test, and the end of every hostile test: no client saw a stack trace, and
 * once the attackers are gone the listener takes a fresh login (never a dead listener).
 */
abstract class HostileTestBase {
    @RegisterExtension
    final SwitchboardExtension sb = server();

    private final List<AmiTestClient> clients = new ArrayList<>();

    /** The server under attack (a new one for each test). */
    abstract SwitchboardExtension server();

    /** A raw connection, closed after the test. */
    AmiTestClient connect() {
        return keep(sb.connect());
    }

    /** A logged-in connection, closed after the test. */
    AmiTestClient login(String user, String secret) {
        return keep(sb.login(user, secret));
    }

    AmiTestClient keep(AmiTestClient c) {
        synchronized (clients) {
            clients.add(c);
        }
        return c;
    }

    @AfterEach
    void noStackTraceAndTheListenerStillServes() {
        List<AmiTestClient> all;
        synchronized (clients) {
            all = List.copyOf(clients);
        }
        HostileConfig.assertNoStackTrace(all.toArray(new AmiTestClient[0]));
        all.forEach(AmiTestClient::close);
        HostileConfig.assertListenerServes(sb);
    }
}
