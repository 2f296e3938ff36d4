package org.switchboard.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A TCP relay between one client and the server that keeps a copy of what each side sent, so a
 * test can check what a third-party client (asterisk-java) really put on the wire.
 */
final class RecordingRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final ByteArrayOutputStream fromClient = new ByteArrayOutputStream();
    private final ByteArrayOutputStream fromServer = new ByteArrayOutputStream();
    private volatile Socket client;
    private volatile Socket server;

    RecordingRelay(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptOne, "relay-accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** What the client sent so far, as ISO-8859-1 text. */
    String clientText() {
        synchronized (fromClient) {
            return fromClient.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** What the server sent so far, as ISO-8859-1 text. */
    String serverText() {
        synchronized (fromServer) {
            return fromServer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private void acceptOne() {
        try {
            client = listener.accept();
            server = new Socket(target.getAddress(), target.getPort());
            pump(client.getInputStream(), server.getOutputStream(), fromClient, "relay-c2s");
            pump(server.getInputStream(), client.getOutputStream(), fromServer, "relay-s2c");
        } catch (IOException e) {
            close();
        }
    }

    private void pump(InputStream in, OutputStream out, ByteArrayOutputStream copy, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    synchronized (copy) {
                        copy.write(buf, 0, n);
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away; the close below ends the other direction too
            }
            close();
        }, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {listener, client, server}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing anyway
            }
        }
    }
}
