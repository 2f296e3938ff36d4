package org.switchboard.manager.bridge.action;

import java.util.List;

import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.Pbx;

/**
 * The bridge actions of spec 02 §4.3 and the call-control actions built on bridges (§4.2):
 * Redirect, BlindTransfer, Atxfer, CancelAtxfer, LocalOptimizeAway.
 */
public final class BridgingActions implements ActionFamily {
    private final Pbx pbx;

    public BridgingActions(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override
    public List<ActionHandler> handlers() {
        return List.of(
                new BridgeListAction(pbx),
                new BridgeInfoAction(pbx),
                new BridgeDestroyAction(pbx),
                new BridgeKickAction(pbx),
                new BridgeTechnologyListAction(pbx),
                new BridgeTechnologySuspendAction(pbx, true),
                new BridgeTechnologySuspendAction(pbx, false),
                new BridgeAction(pbx),
                new RedirectAction(pbx),
                new BlindTransferAction(pbx),
                new AtxferAction(pbx),
                new CancelAtxferAction(pbx),
                new LocalOptimizeAwayAction(pbx));
    }
}
