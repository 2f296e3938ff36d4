package org.switchboard.server;

import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM end {@link #await()} instead of starting the JVM's shutdown, so the
 * server stops in order on the main thread and the process exits 0. sun.misc.Signal (module
 * jdk.unsupported) is the only JDK API for that; where it is refused the JVM's default handling
 * stays and the shutdown hook from {@link #atExit} still stops the server.
 */
final class ProcessTermination implements Termination {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessTermination.class);

    private final CountDownLatch stop = new CountDownLatch(1);

    ProcessTermination() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop.countDown());
            } catch (IllegalArgumentException e) {
                LOG.debug("Cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
    }

    @Override
    public void await() throws InterruptedException {
        stop.await();
    }

    @Override
    public void requestStop() {
        stop.countDown();
    }

    @Override
    public void atExit(Runnable cleanup) {
        Runtime.getRuntime().addShutdownHook(new Thread(cleanup, "switchboard-shutdown"));
    }
}
