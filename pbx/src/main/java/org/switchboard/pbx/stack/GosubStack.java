package org.switchboard.pbx.stack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.switchboard.pbx.channel.SimChannel;

/**
 * A channel's Gosub stack (app_stack.c, the "GOSUB" datastore): return frames, newest first, each
 * with the local variables it hides. Kept as a channel attachment; created by the first Gosub.
 */
public final class GosubStack {
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** Whose stack it is: AST_FLAG_SUBROUTINE_EXEC lives on the channel (its snapshots carry it). */
    private final SimChannel channel;

    /** One return frame (struct gosub_stack_frame). */
    public static final class Frame {
        private final String context;
        private final String exten;
        private final int priority;
        private final boolean inSubroutine;
        private final int arguments;
        private boolean special;
        /** The frame's local variable names, newest first. */
        private final List<String> variables = new ArrayList<>();

        Frame(String context, String exten, int priority, boolean inSubroutine, int arguments) {
            this.context = context;
            this.exten = exten;
            this.priority = priority;
            this.inSubroutine = inSubroutine;
            this.arguments = arguments;
        }

        /** The context to return to. */
        public String context() { return context; }
        /** The extension to return to. */
        public String exten() { return exten; }
        /** The priority to return to (the one after the Gosub). */
        public int priority() { return priority; }
        boolean inSubroutine() { return inSubroutine; }
        /** How many ARGn this frame set (the most of it and the frame below). */
        public int arguments() { return arguments; }
        /** A frame pushed by an internal subroutine run (gosub_run): Return ends that run. */
        public boolean special() { return special; }
        void markSpecial() { special = true; }

        /** Whether {@code name} is a local variable of this frame. */
        public boolean hasVariable(String name) {
            return variables.contains(name);
        }

        List<String> variables() {
            return variables;
        }
    }

    /** The channel's stack, or null when it never ran Gosub. */
    public static GosubStack of(SimChannel channel) {
        return channel.attachment(GosubStack.class);
    }

    static GosubStack orCreate(SimChannel channel) {
        return channel.attachmentOr(GosubStack.class, c -> new GosubStack(channel));
    }

    /** The newest frame, or null. */
    public Frame top() {
        return frames.peekFirst();
    }

    /** The frames, newest first. */
    public List<Frame> frames() {
        return List.copyOf(frames);
    }

    void push(Frame f) {
        frames.addFirst(f);
    }

    Frame pop() {
        return frames.pollFirst();
    }

    private GosubStack(SimChannel channel) {
        this.channel = channel;
    }

    boolean inSubroutine() {
        return channel.inSubroutine();
    }

    void inSubroutine(boolean on) {
        channel.inSubroutine(on);
    }

    /**
     * frame_set_var: a new local variable is pushed onto the channel (hiding the caller's) without
     * an event, an existing one is set (VarSet); either way a VarSet for {@code LOCAL(name)} follows.
     */
    static void setLocal(SimChannel channel, Frame frame, String name, String value) {
        if (!frame.variables.contains(name)) {
            frame.variables.add(0, name);
            channel.pushVariable(name, value);
        } else {
            channel.set(name, value);
        }
        channel.announceVariable("LOCAL(" + name + ")", value);
    }

    /** gosub_release_frame: each local variable is deleted again, newest first (VarSet "" for a non-empty one). */
    static void release(SimChannel channel, Frame frame) {
        for (String name : frame.variables) {
            channel.set(name, null);
        }
        frame.variables.clear();
    }
}
