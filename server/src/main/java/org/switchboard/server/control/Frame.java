package org.switchboard.server.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One control-socket frame: a type and its payload bytes. Also encodes the two payload shapes the
 * protocol uses besides plain bytes: a string list (each string as a 4-byte length and its bytes)
 * and the status-plus-output of {@link FrameType#OUTPUT}.
 */
public record Frame(FrameType type, byte[] payload) {
    public Frame {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    public static Frame of(FrameType type) {
        return new Frame(type, new byte[0]);
    }

    public static Frame output(boolean success, byte[] output) {
        byte[] payload = new byte[output.length + 1];
        payload[0] = (byte) (success ? 0 : 1);
        System.arraycopy(output, 0, payload, 1, output.length);
        return new Frame(FrameType.OUTPUT, payload);
    }

    public static Frame strings(FrameType type, List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] item : items) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(item.length).array());
            out.writeBytes(item);
        }
        return new Frame(type, out.toByteArray());
    }

    public static Frame utf8Strings(FrameType type, List<String> items) {
        List<byte[]> bytes = new ArrayList<>(items.size());
        for (String item : items) {
            bytes.add(item.getBytes(StandardCharsets.UTF_8));
        }
        return strings(type, bytes);
    }

    /** The payload read as a string list. */
    public List<byte[]> strings() throws ProtocolException {
        ByteBuffer in = ByteBuffer.wrap(payload);
        List<byte[]> items = new ArrayList<>();
        while (in.hasRemaining()) {
            if (in.remaining() < 4) {
                throw new ProtocolException("truncated string list in " + type + " frame");
            }
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw new ProtocolException("bad string length " + length + " in " + type + " frame");
            }
            byte[] item = new byte[length];
            in.get(item);
            items.add(item);
        }
        return items;
    }

    public List<String> utf8Strings() throws ProtocolException {
        List<String> items = new ArrayList<>();
        for (byte[] item : strings()) {
            items.add(new String(item, StandardCharsets.UTF_8));
        }
        return items;
    }

    /** For OUTPUT frames: the status byte says success. */
    public boolean succeeded() throws ProtocolException {
        if (type != FrameType.OUTPUT || payload.length == 0) {
            throw new ProtocolException("not an OUTPUT frame: " + type);
        }
        return payload[0] == 0;
    }

    /** For OUTPUT frames: the output after the status byte. */
    public byte[] output() throws ProtocolException {
        succeeded();
        byte[] output = new byte[payload.length - 1];
        System.arraycopy(payload, 1, output, 0, output.length);
        return output;
    }
}
