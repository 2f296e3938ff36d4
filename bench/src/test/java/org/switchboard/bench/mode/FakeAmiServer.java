package org.switchboard.bench.mode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.switchboard.bench.client.Target;

/**
 * A tiny AMI server for the calls mode: it answers Login, and answers an async Originate the
 * way Asterisk 22 does for a Local channel (captures G03, G05): the "queued" reply, then two
 * Newchannel events whose Linkedid is the ChannelId, the OriginateResponse echoing the
 * ActionID, and two Hangup events. An event of somebody else's call is mixed in. A policy
 * decides, per connection and call, whether the Originate is refused or the call fails.
 */
final class FakeAmiServer implements AutoCloseable {

    /** What happens to call {@code n} on the {@code connection}-th connection (from 1). */
    interface Policy {
        Outcome outcome(int connection, long n);
    }

    /** CLOSE: the server closes the connection instead of answering (a reader dropped). */
    enum Outcome { SUCCESS, REJECTED, FAILED, CLOSE }

    private final ServerSocket server;
    private final Policy policy;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    final List<List<String>> originates = new CopyOnWriteArrayList<>();

    FakeAmiServer(Policy policy) throws IOException {
        this.policy = policy;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "fake-ami-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    Target target() {
        return Target.of("127.0.0.1", server.getLocalPort(), "bench", "bench");
    }

    private void accept() {
        try {
            while (true) {
                Socket s = server.accept();
                sockets.add(s);
                int index = connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s, index), "fake-ami-" + index);
                t.setDaemon(true);
                t.start();
            }
        } catch (IOException closed) {
            // the server was closed
        }
    }

    private void serve(Socket s, int connection) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))) {
            OutputStream out = s.getOutputStream();
            write(out, "Asterisk Call Manager/11.0.0\r\n");
            List<String> request = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    request.add(line);
                    continue;
                }
                answer(out, request, connection);
                request = new ArrayList<>();
            }
        } catch (IOException gone) {
            // the client went away
        }
    }

    private static String header(List<String> request, String name) {
        for (String l : request) {
            if (l.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return l.substring(name.length() + 1).trim();
            }
        }
        return "";
    }

    private void answer(OutputStream out, List<String> request, int connection) throws IOException {
        String action = header(request, "Action");
        String id = header(request, "ActionID");
        if (action.equalsIgnoreCase("Login")) {
            write(out, "Response: Success\r\nActionID: " + id + "\r\nMessage: Authentication accepted\r\n\r\n");
        } else if (action.equalsIgnoreCase("Originate")) {
            originates.add(request);
            String channelId = header(request, "ChannelId");
            long n = Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
            Outcome outcome = policy.outcome(connection, n);
            if (outcome == Outcome.CLOSE) {
                throw new IOException("closing the connection as the policy asks");
            }
            if (outcome == Outcome.REJECTED) {
                write(out, "Response: Error\r\nActionID: " + id + "\r\nMessage: Originate failed\r\n\r\n");
                return;
            }
            StringBuilder b = new StringBuilder();
            b.append("Response: Success\r\nActionID: ").append(id).append("\r\nMessage: Originate successfully queued\r\n\r\n");
            b.append(newchannel(channelId, channelId)).append(newchannel(channelId + ";2", channelId));
            b.append(newchannel("someone-else", "someone-else"));
            b.append("Event: OriginateResponse\r\nPrivilege: call,all\r\nActionID: ").append(id)
                    .append("\r\nResponse: ").append(outcome == Outcome.SUCCESS ? "Success" : "Failure")
                    .append("\r\nChannel: Local/100@default-00000001;1\r\nReason: ")
                    .append(outcome == Outcome.SUCCESS ? "4" : "0").append("\r\nUniqueid: ").append(channelId)
                    .append("\r\n\r\n");
            b.append(hangup(channelId + ";2", channelId)).append(hangup(channelId, channelId));
            write(out, b.toString());
        } else {
            write(out, "Response: Error\r\nActionID: " + id + "\r\nMessage: Invalid/unknown command\r\n\r\n");
        }
    }

    private static String newchannel(String uniqueid, String linkedid) {
        return "Event: Newchannel\r\nPrivilege: call,all\r\nChannel: Local/100@default-00000001;1\r\nChannelState: 0\r\n"
                + "Uniqueid: " + uniqueid + "\r\nLinkedid: " + linkedid + "\r\n\r\n";
    }

    private static String hangup(String uniqueid, String linkedid) {
        return "Event: Hangup\r\nPrivilege: call,all\r\nChannel: Local/100@default-00000001;1\r\n"
                + "Uniqueid: " + uniqueid + "\r\nLinkedid: " + linkedid + "\r\nCause: 16\r\n\r\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
