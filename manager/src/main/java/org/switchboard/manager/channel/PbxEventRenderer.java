package org.switchboard.manager.channel;

import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.pbx.event.PbxEvent;

/** Turns one kind of PBX event into the AMI events Asterisk sends for it (core thread). */
@FunctionalInterface
public interface PbxEventRenderer<E extends PbxEvent> {
    void render(E event, ManagerEvents out);
}
