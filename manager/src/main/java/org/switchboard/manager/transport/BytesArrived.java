package org.switchboard.manager.transport;

/** Fired down the pipeline once per read, before the messages framed from it. */
enum BytesArrived {
    INSTANCE
}
