package org.switchboard.testkit.tls;

import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;

/**
 * Runs a real TLS handshake between a client and a server {@link SSLEngine} in memory: every
 * record one side wraps is unwrapped by the other, on the calling thread, until both are done.
 */
final class EnginePair {
    private static final int BUFFER_SIZE = 1 << 17;
    private static final int MAX_ROUNDS = 100;

    private EnginePair() { }

    /**
     * @return the client's session once both sides finished
     * @throws SSLException the first failure either side reports (for example no common protocol)
     */
    static SSLSession handshake(SSLEngine client, SSLEngine server) throws SSLException {
        ByteBuffer clientToServer = ByteBuffer.allocate(BUFFER_SIZE);
        ByteBuffer serverToClient = ByteBuffer.allocate(BUFFER_SIZE);
        ByteBuffer clientApp = ByteBuffer.allocate(BUFFER_SIZE);
        ByteBuffer serverApp = ByteBuffer.allocate(BUFFER_SIZE);
        client.beginHandshake();
        server.beginHandshake();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            step(client, clientToServer, serverToClient, clientApp);
            step(server, serverToClient, clientToServer, serverApp);
            if (finished(client) && finished(server) && clientToServer.position() == 0
                    && serverToClient.position() == 0) {
                return client.getSession();
            }
        }
        throw new IllegalStateException("the handshake did not finish in " + MAX_ROUNDS + " rounds");
    }

    private static boolean finished(SSLEngine engine) {
        HandshakeStatus status = engine.getHandshakeStatus();
        return status == HandshakeStatus.NOT_HANDSHAKING || status == HandshakeStatus.FINISHED;
    }

    private static void step(SSLEngine engine, ByteBuffer out, ByteBuffer in, ByteBuffer app) throws SSLException {
        if (engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP) {
            engine.wrap(ByteBuffer.allocate(0), out);
            runTasks(engine);
        }
        in.flip();
        try {
            while (in.hasRemaining() && engine.getHandshakeStatus() != HandshakeStatus.NEED_WRAP) {
                int before = in.remaining();
                engine.unwrap(in, app);
                runTasks(engine);
                if (in.remaining() == before) {
                    break;
                }
            }
        } finally {
            in.compact();
        }
        app.clear();
        if (engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP) {
            engine.wrap(ByteBuffer.allocate(0), out);
            runTasks(engine);
        }
    }

    private static void runTasks(SSLEngine engine) {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }
}
