package org.switchboard.testkit.capture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A stand-in AMI server for tests of the live replay: it writes the banner, then answers each
 * request (the lines up to a blank line) with what {@code answer} makes of the request's lines,
 * written in one go; after a Goodbye it closes the connection. A request that {@code answer} leaves
 * alone (null) gets Asterisk's Ping reply when it is a Ping, else nothing.
 */
final class ScriptedAmiServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Function<List<String>, String> answer;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    ScriptedAmiServer(Function<List<String>, String> answer) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.answer = answer;
        Thread t = new Thread(this::acceptAll, "scripted-ami-accept");
        t.setDaemon(true);
        t.start();
    }

    InetSocketAddress address() {
        return new InetSocketAddress(socket.getInetAddress(), socket.getLocalPort());
    }

    private void acceptAll() {
        try {
            while (true) {
                Socket s = socket.accept();
                accepted.add(s);
                Thread t = new Thread(() -> serve(s), "scripted-ami-session");
                t.setDaemon(true);
                t.start();
            }
        } catch (IOException e) {
            // closed
        }
    }

    private void serve(Socket s) {
        try (s) {
            OutputStream out = s.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            write(out, "Asterisk Call Manager/11.0.0\r\n");
            List<String> request = new CopyOnWriteArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty()) {
                    request.add(line);
                    continue;
                }
                String reply = answer.apply(List.copyOf(request));
                if (reply == null && request.contains("Action: Ping")) {
                    reply = "Response: Success\r\n" + request.stream().filter(l -> l.startsWith("ActionID: ")).findFirst()
                            .map(l -> l + "\r\n").orElse("") + "Ping: Pong\r\nTimestamp: 1795347860.924850\r\n\r\n";
                }
                if (reply != null) {
                    write(out, reply);
                }
                if (reply != null && reply.startsWith("Response: Goodbye")) {
                    return;     // as manager.c ends the session after a Logoff
                }
                request.clear();
            }
        } catch (SocketException e) {
            // the client went away
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : accepted) {
            s.close();
        }
    }
}
