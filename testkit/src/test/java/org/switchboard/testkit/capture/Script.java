package org.switchboard.testkit.capture;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Builds small conversations in code: client steps and server blocks (LF line ends are fine). */
final class Script {
    private final List<Capture.Step> steps = new ArrayList<>();
    private Duration at = Duration.ZERO;

    /** Later steps happen {@code seconds} after the start. */
    Script at(String seconds) {
        at = Duration.ofNanos(new BigDecimal(seconds).movePointRight(9).longValueExact());
        return this;
    }

    Script connect(String conn) {
        steps.add(new Capture.Connect(conn, at));
        return expect(conn, "Asterisk Call Manager/11.0.0");
    }

    Script send(String conn, String... lines) {
        steps.add(new Capture.Send(conn, String.join("\r\n", lines) + "\r\n\r\n", at));
        return this;
    }

    Script expect(String conn, String... blocks) {
        StringBuilder b = new StringBuilder();
        for (String block : blocks) {
            b.append(StreamAssertions.normalize(block));
        }
        steps.add(new Capture.Expect(conn, b.toString(), at));
        return this;
    }

    Script closed(String conn) {
        steps.add(new Capture.Closed(conn, at));
        return this;
    }

    Capture capture(String name) {
        return Capture.of(name, steps);
    }

    /** A channel event as manager_channels.c renders one (fewer headers; enough for the comparison). */
    static String channelEvent(String event, String channel, String uniqueid, String linkedid, String... more) {
        StringBuilder b = new StringBuilder("Event: " + event + "\nPrivilege: call,all\nChannel: " + channel
                + "\nUniqueid: " + uniqueid + "\nLinkedid: " + linkedid);
        for (String m : more) {
            b.append('\n').append(m);
        }
        return b.toString();
    }

    static String cel(String name, String channel, String uniqueid, String linkedid) {
        return "Event: CEL\nPrivilege: call,all\nEventName: " + name + "\nChannel: " + channel
                + "\nEventTime: 2026-11-22 11:44:25\nUniqueID: " + uniqueid + "\nLinkedID: " + linkedid + "\nExtra: ";
    }

    static String deviceState(String device, String state) {
        return "Event: DeviceStateChange\nPrivilege: call,all\nDevice: " + device + "\nState: " + state;
    }
}
