package org.switchboard.pbx.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that owns the SQLite connection. Operations queue up from any thread; the
 * thread takes whatever has queued, runs it in one transaction, commits, and only then answers
 * every operation of the batch, in order. So a write is reported done only once it is on disk
 * (SQLite's synchronous=FULL), and a burst of writes shares one commit (group commit) instead of
 * paying one fsync each.
 *
 * <p>Asterisk (db.c db_sync_thread) instead commits at most once a second and answers before the
 * commit, so a crash can lose the last second; Switchboard keeps every promise it made.
 */
final class StorageThread implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StorageThread.class);
    private static final int MAX_BATCH = 512;
    static final int CAPACITY = 65_536;

    /** Queued by close(): everything before it is still done. */
    private static final DbOperation<Void> STOP = new DbOperation<>("stop", DbOperation.Kind.EXCLUSIVE, null, c -> null);

    private final Connection connection;
    private final BlockingQueue<DbOperation<?>> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile boolean running = true;

    StorageThread(Connection connection, String name) {
        this.connection = connection;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues {@code op}; a full queue or a closed store is a failed future, never a silent drop. */
    <T> CompletableFuture<T> submit(DbOperation<T> op) {
        if (!running) {
            op.future.completeExceptionally(new IllegalStateException("AstDB is closed"));
        } else if (!queue.offer(op)) {
            op.future.completeExceptionally(new RejectedExecutionException("AstDB queue is full"));
        }
        return op.future;
    }

    private void run() {
        List<DbOperation<?>> batch = new ArrayList<>();
        while (true) {
            DbOperation<?> first;
            try {
                first = queue.take();
            } catch (InterruptedException e) {
                continue;   // only close() stops the thread, through the STOP marker
            }
            if (first == STOP) {
                break;
            }
            batch.add(first);
            if (first.kind != DbOperation.Kind.EXCLUSIVE) {
                drainSharable(batch);
            }
            try {
                runBatch(batch);
            } catch (RuntimeException e) {
                log.error("AstDB storage batch failed", e);
                batch.forEach(op -> op.future.completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        // submitted while closing, after the marker: refused, not forgotten
        DbOperation<?> late;
        while ((late = queue.poll()) != null) {
            late.future.completeExceptionally(new IllegalStateException("AstDB is closed"));
        }
    }

    /** Adds queued operations up to the next exclusive one (which must run alone). */
    private void drainSharable(List<DbOperation<?>> batch) {
        DbOperation<?> next;
        while (batch.size() < MAX_BATCH && (next = queue.peek()) != null && next != STOP
                && next.kind != DbOperation.Kind.EXCLUSIVE) {
            batch.add(queue.poll());
        }
    }

    private void runBatch(List<DbOperation<?>> batch) {
        if (batch.size() == 1 && batch.get(0).kind == DbOperation.Kind.EXCLUSIVE) {
            runExclusive(batch.get(0));
            return;
        }
        boolean wrote = false;
        for (DbOperation<?> op : batch) {
            execute(op);
            wrote |= op.kind == DbOperation.Kind.WRITE;
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            log.warn("AstDB commit failed: {}", e.getMessage());
            rollbackQuietly();
            if (wrote) {
                batch.stream().filter(op -> op.kind == DbOperation.Kind.WRITE).forEach(StorageThread::fail);
            }
        }
        batch.forEach(DbOperation::complete);
    }

    private void runExclusive(DbOperation<?> op) {
        try {
            connection.setAutoCommit(true);
            execute(op);
        } catch (SQLException e) {
            fail(op);
        } finally {
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                log.warn("AstDB could not restart its transaction: {}", e.getMessage());
            }
        }
        op.complete();
    }

    private <T> void execute(DbOperation<T> op) {
        try {
            op.result = op.work.run(connection);
        } catch (SQLException e) {
            log.warn("AstDB {} failed: {}", op.description, e.getMessage());
            op.result = op.failure;
        }
    }

    private static <T> void fail(DbOperation<T> op) {
        op.result = op.failure;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("AstDB rollback failed: {}", e.getMessage());
        }
    }

    /** Finishes what is queued, then stops; the caller closes the connection afterwards. */
    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        while (!queue.offer(STOP)) {
            Thread.onSpinWait();   // the queue is full: wait for the thread to make room
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
