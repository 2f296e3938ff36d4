package org.switchboard.manager.dialplan;

import java.util.List;

import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.Pbx;

/** The dialplan actions of spec 02 §4.4: ShowDialPlan, DialplanExtensionAdd, DialplanExtensionRemove. */
public final class DialplanActions implements ActionFamily {
    private final Pbx pbx;

    public DialplanActions(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override
    public List<ActionHandler> handlers() {
        return List.of(new ShowDialPlanAction(pbx), new DialplanExtensionAddAction(pbx),
                new DialplanExtensionRemoveAction(pbx));
    }
}
