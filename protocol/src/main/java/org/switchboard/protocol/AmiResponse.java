package org.switchboard.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * A reply to an action: the Response type and the lines that follow the (per-request) ActionID
 * line. Encoding puts them in Asterisk's order (spec 01 §1.5): {@code Response}, then
 * {@code ActionID} when the request carried a non-empty one, then the lines, then a blank line.
 * Immutable; common replies are constants.
 */
public final class AmiResponse {
    public static final AmiResponse GOODBYE = new AmiResponse(ResponseType.GOODBYE,
            List.of("Message: Thanks for all the fish."));

    private final ResponseType type;
    private final List<String> lines;

    private AmiResponse(ResponseType type, List<String> lines) {
        this.type = type;
        this.lines = lines;
    }

    /** {@code Response: Success} + {@code Message: <message>}. */
    public static AmiResponse success(String message) {
        return new AmiResponse(ResponseType.SUCCESS, List.of("Message: " + message));
    }

    /** {@code Response: Error} + {@code Message: <message>}. */
    public static AmiResponse error(String message) {
        return new AmiResponse(ResponseType.ERROR, List.of("Message: " + message));
    }

    public static AmiResponse error(AmiError error) {
        return error(error.text());
    }

    /** A "start ack": {@code Response: Success} with no Message; add headers with {@link #with}. */
    public static AmiResponse startAck() {
        return new AmiResponse(ResponseType.SUCCESS, List.of());
    }

    /** A list-start ack: {@code EventList: start} (lower case) and {@code Message: <message>}. */
    public static AmiResponse listAck(String message) {
        return new AmiResponse(ResponseType.SUCCESS, List.of("EventList: start", "Message: " + message));
    }

    /** Any type with no lines (e.g. {@code Response: Error} with nothing else). */
    public static AmiResponse bare(ResponseType type) {
        return new AmiResponse(type, List.of());
    }

    /** A copy with {@code name: value} appended. */
    public AmiResponse with(String name, String value) {
        return withLine(name + ": " + value);
    }

    /** A copy with a raw line appended. */
    public AmiResponse withLine(String line) {
        List<String> copy = new ArrayList<>(lines.size() + 1);
        copy.addAll(lines);
        copy.add(line);
        return new AmiResponse(type, List.copyOf(copy));
    }

    public ResponseType type() {
        return type;
    }

    /** The lines after ActionID, without line ends. */
    public List<String> lines() {
        return lines;
    }

    /** The reply as text for a request whose ActionID is {@code actionId} (may be empty). */
    public String encode(String actionId) {
        AmiBlockBuilder b = new AmiBlockBuilder(64 + 32 * lines.size());
        b.header(HeaderNames.RESPONSE, type.wire());
        b.headerIfNotEmpty(HeaderNames.ACTION_ID, actionId);
        for (String line : lines) {
            b.line(line);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return encode("");
    }
}
