package org.switchboard.testkit.soak;

/**
 * One line of a soak's report.
 *
 * @param seconds    since the load started
 * @param heapBytes  heap in use after a full collection
 * @param rssBytes   resident set size, -1 when unknown
 * @param logins     connections that had logged in, pinged and logged off by then
 * @param calls      OriginateResponses received by then
 * @param events     flood events delivered by then (all listeners together)
 */
public record MemorySample(double seconds, long heapBytes, long rssBytes, long logins, long calls, long events) {
}
