package org.switchboard.pbx.apps.dial;

import org.switchboard.pbx.channel.SimChannel;

/** One destination of a Dial (app_dial.c struct chanlist). */
final class DialLeg {
    final String tech;
    final String number;
    /** {@code tech/number}, as the verbose lines show it. */
    final String iface;
    SimChannel chan;
    /** DIAL_STILLGOING: called and not yet given up on. */
    boolean stillGoing;
    /** DIAL_CALLERID_ABSENT: the leg got the dialplan's caller id, not one of its own. */
    boolean callerIdAbsent;
    String origChanName;

    DialLeg(String tech, String number) {
        this.tech = tech;
        this.number = number;
        this.iface = tech + "/" + number;
    }
}
