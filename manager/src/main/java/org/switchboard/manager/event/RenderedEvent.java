package org.switchboard.manager.event;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import org.switchboard.protocol.Latin1;

/**
 * An event rendered once into its wire bytes (DESIGN "events are rendered once"): every session
 * that accepts it gets a duplicate view of the same immutable bytes; filters read the shared text.
 */
public final class RenderedEvent implements FilterableEvent {
    private final String name;
    private final int category;
    private final String text;
    private final ByteBuf bytes;

    public RenderedEvent(String name, int category, String text) {
        this.name = name;
        this.category = category;
        this.text = text;
        this.bytes = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(Latin1.encode(text)));
    }

    @Override
    public String name() {
        return name;
    }

    /** The permission class bits (spec 01 §3.1). */
    public int category() {
        return category;
    }

    @Override
    public String text() {
        return text;
    }

    /** A view of the shared bytes for one session's write; releasing it is harmless. */
    public ByteBuf buffer() {
        return bytes.duplicate();
    }

    public int size() {
        return bytes.readableBytes();
    }

    @Override
    public String toString() {
        return text;
    }
}
