package org.switchboard.pbx.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;

/**
 * One unit of work for the {@link StorageThread}: what it does on the connection, the answer it
 * gives when it fails, and whether its effect must be committed before it is answered.
 */
final class DbOperation<T> {
    /** The statement work; runs on the storage thread inside the batch's transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** How the operation joins a batch. */
    enum Kind {
        /** Reads only: answered with the batch. */
        READ,
        /** Changes rows: answered only after the batch's COMMIT succeeded. */
        WRITE,
        /** Arbitrary SQL (the CLI's database query): runs alone, outside a batch transaction. */
        EXCLUSIVE
    }

    final String description;
    final Kind kind;
    final Work<T> work;
    final T failure;
    final CompletableFuture<T> future = new CompletableFuture<>();
    T result;

    DbOperation(String description, Kind kind, T failure, Work<T> work) {
        this.description = description;
        this.kind = kind;
        this.work = work;
        this.failure = failure;
    }

    void complete() {
        future.complete(result);
    }
}
