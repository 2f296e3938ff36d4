package org.switchboard.server.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.cli.CliOutcome;
import org.switchboard.manager.cli.CliService;

/**
 * One client of the control socket. A reader thread answers requests in order; a writer thread
 * sends frames from a bounded queue, so a console that stops reading can never block the threads
 * that log: log lines that do not fit are dropped, replies wait for room.
 */
final class ControlConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ControlConnection.class);
    private static final int QUEUE_CAPACITY = 4096;
    private static final Frame END = Frame.of(FrameType.ERROR);

    private final ControlServer server;
    private final FrameChannel channel;
    private final CliService cli;
    private final String name;
    private final BlockingQueue<Frame> outbound = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private volatile boolean logAttached;
    private volatile boolean closed;
    /** Guards {@link #answering} and {@link #ending}. */
    private final Object requestState = new Object();
    private boolean answering;
    private boolean ending;
    private Thread writer;

    ControlConnection(ControlServer server, FrameChannel channel, CliService cli, String name) {
        this.server = server;
        this.channel = channel;
        this.cli = cli;
        this.name = name;
    }

    void start(ServerHello hello) {
        outbound.add(hello.toFrame());
        Thread reader = new Thread(this::readLoop, name);
        writer = new Thread(this::writeLoop, name + "-out");
        reader.setDaemon(true);
        writer.setDaemon(true);
        writer.start();
        reader.start();
    }

    void offerLog(String line) {
        if (logAttached && !closed) {
            // dropped when full: a stalled console must not hold up the server
            outbound.offer(new Frame(FrameType.LOG, line.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Ends the connection when the server stops: the request being answered, if any, still gets
     * its reply (a {@code core stop} typed here is answered before the server goes), what is queued
     * is sent, then the connection closes; after {@code patience} it is closed regardless.
     */
    void closeAfterReplies(Duration patience) {
        synchronized (requestState) {
            ending = true;
            if (!answering) {
                outbound.offer(END);
            }
        }
        Thread w = writer;
        if (w != null) {
            try {
                w.join(patience.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.forget(this);
        outbound.clear();
        outbound.offer(END);
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("{}: close: {}", name, e.toString());
        }
    }

    private void readLoop() {
        try {
            while (!closed) {
                Optional<Frame> request = channel.read();
                if (request.isEmpty()) {
                    break;
                }
                synchronized (requestState) {
                    if (ending) {
                        break;
                    }
                    answering = true;
                }
                try {
                    answer(request.get());
                } finally {
                    synchronized (requestState) {
                        answering = false;
                        if (ending) {
                            outbound.offer(END);
                        }
                    }
                }
            }
        } catch (ProtocolException e) {
            LOG.warn("{}: {}", name, e.getMessage());
            reply(new Frame(FrameType.ERROR, e.getMessage().getBytes(StandardCharsets.UTF_8)));
            drainThenClose();
            return;
        } catch (IOException e) {
            if (!closed) {
                LOG.debug("{}: {}", name, e.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    private void answer(Frame request) throws IOException, InterruptedException {
        switch (request.type()) {
            case EXECUTE -> {
                // command lines and output are byte strings (ISO-8859-1), as on the AMI wire
                CliOutcome outcome = cli.execute(new String(request.payload(), StandardCharsets.ISO_8859_1));
                reply(Frame.output(outcome.success(), outcome.output().getBytes(StandardCharsets.ISO_8859_1)));
            }
            case COMPLETE -> {
                List<byte[]> candidates = new ArrayList<>();
                for (String candidate : cli.complete(new String(request.payload(), StandardCharsets.ISO_8859_1))) {
                    candidates.add(candidate.getBytes(StandardCharsets.ISO_8859_1));
                }
                reply(Frame.strings(FrameType.MATCHES, candidates));
            }
            case ATTACH_LOG -> logAttached = true;
            default -> throw new ProtocolException("a client may not send " + request.type());
        }
    }

    private void reply(Frame frame) {
        try {
            outbound.put(frame);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drainThenClose() {
        reply(END);
    }

    private void writeLoop() {
        try {
            while (true) {
                Frame frame = outbound.take();
                if (frame == END) {
                    break;
                }
                channel.write(frame);
            }
        } catch (IOException e) {
            if (!closed) {
                LOG.debug("{}: write failed: {}", name, e.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }
}
