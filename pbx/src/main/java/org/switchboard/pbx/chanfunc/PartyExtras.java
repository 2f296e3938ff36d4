package org.switchboard.pbx.chanfunc;

import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.channel.SimChannel;

/**
 * The party information of a channel that its snapshot does not carry (struct ast_party_caller's
 * ANI, ANI2 and private id, the redirecting-from number, the dialed number's plan and subaddress,
 * the connected line's source and private id, and the connected line last indicated to the
 * technology). Kept as a channel attachment, created on first use.
 */
public final class PartyExtras {
    Party ani = Party.NONE;
    int ani2;
    Party callerPrivate = Party.NONE;
    String rdnis;
    int dialedPlan;
    Party.Subaddress dialedSubaddress = Party.Subaddress.NONE;
    int connectedSource;
    Party connectedPrivate = Party.NONE;
    Party connectedIndicated = Party.NONE;
    int connectedIndicatedSource;

    static PartyExtras of(SimChannel c) {
        return c.attachmentOr(PartyExtras.class, ch -> new PartyExtras());
    }

    /** The redirecting-from number (CALLERID(rdnis)), or null when not set. */
    public static String rdnis(SimChannel c) {
        PartyExtras e = c.attachment(PartyExtras.class);
        return e == null ? null : e.rdnis;
    }

    /** The caller's ANI (CALLERID(ani)). */
    public static Party ani(SimChannel c) {
        PartyExtras e = c.attachment(PartyExtras.class);
        return e == null ? Party.NONE : e.ani;
    }
}
