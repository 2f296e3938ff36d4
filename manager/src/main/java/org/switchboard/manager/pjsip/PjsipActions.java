package org.switchboard.manager.pjsip;

import java.time.Duration;
import java.util.List;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionFamily;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.pjsip.PhoneBehaviour;
import org.switchboard.pbx.pjsip.PhoneRequestException;
import org.switchboard.pbx.pjsip.Phones;
import org.switchboard.pbx.pjsip.PjsipDriver;

/**
 * The PJSIP actions: Asterisk's PJSIPShowEndpoints, PJSIPShowAors and PJSIPShowContacts, and
 * Switchboard's own {@code SB*} actions that control the simulated phones (docs/endpoints.md).
 */
public final class PjsipActions implements ActionFamily {
    private final Pbx pbx;
    private final PjsipDriver driver;

    public PjsipActions(Pbx pbx, PjsipDriver driver) {
        this.pbx = pbx;
        this.driver = driver;
    }

    @Override
    public List<ActionHandler> handlers() {
        Phones phones = driver.phones();
        int call = PermissionClass.CALL.mask();
        return List.of(
                new ShowEndpointsAction(pbx, driver.endpoints()),
                new ShowAorsAction(driver.endpoints()),
                new ShowContactsAction(driver.endpoints()),
                new EndpointListAction(driver.endpoints()),
                new EndpointSetAction(driver.endpoints()),
                new EndpointResetAction(driver.endpoints()),
                new PhoneCallAction(phones),
                new PhoneAction("SBHangup", "Make a simulated phone hang up a call.", call, phones,
                        (p, c, ctx) -> {
                            p.hangup(c);
                            return "Phone hung up";
                        }),
                new PhoneAction("SBAnswer", "Make a simulated phone answer a call ringing at it.", call, phones,
                        (p, c, ctx) -> {
                            p.answer(c);
                            return "Phone answered";
                        }),
                new PhoneAction("SBReject", "Make a simulated phone refuse a call ringing at it.", call, phones,
                        (p, c, ctx) -> {
                            p.reject(c, status(ctx.header("Code")));
                            return "Phone rejected the call";
                        }),
                new PhoneAction("SBDtmf", "Make a simulated phone send DTMF digits.", call, phones,
                        (p, c, ctx) -> {
                            p.sendDtmf(c, ctx.header("Digits"), duration(ctx));
                            return "DTMF queued";
                        }),
                new PhoneAction("SBHold", "Make a simulated phone put a call on hold.", call, phones,
                        (p, c, ctx) -> {
                            p.hold(c, true);
                            return "Call held";
                        }),
                new PhoneAction("SBUnhold", "Make a simulated phone take a call off hold.", call, phones,
                        (p, c, ctx) -> {
                            p.hold(c, false);
                            return "Call resumed";
                        }));
    }

    /** SBReject's Code: 603 when absent. */
    private static int status(String code) throws PhoneRequestException {
        if (code.isEmpty()) {
            return 603;
        }
        try {
            return Integer.parseInt(code.strip());
        } catch (NumberFormatException e) {
            throw new PhoneRequestException("Code must be a SIP status from 400 to 699");
        }
    }

    /** SBDtmf's Duration in seconds; null (the phone's setting) when absent. */
    private static Duration duration(ActionContext ctx) throws PhoneRequestException {
        String text = ctx.header("Duration");
        if (text.isEmpty()) {
            return null;
        }
        return PhoneBehaviour.secondsOf(text)
                .orElseThrow(() -> new PhoneRequestException("Duration must be a number of seconds"));
    }
}
