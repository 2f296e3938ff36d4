/**
 * JMH benchmarks of the server's hot paths: the decoder ({@code AmiParser}, whole and fragmented
 * input), the encoder ({@code AmiResponse}, {@code AmiBlockBuilder}), event rendering
 * ({@code ManagerEvents}) and fan-out ({@code EventDispatcher} with N sessions). Run them with
 * {@code ./switchboard-bench jmh [JMH options]}; figures are operations per second, one operation
 * being one message, reply, event or dispatched event as each benchmark says.
 */
package org.switchboard.bench.jmh;
