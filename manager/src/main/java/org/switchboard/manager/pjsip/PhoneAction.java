package org.switchboard.manager.pjsip;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.pjsip.PhoneRequestException;
import org.switchboard.pbx.pjsip.Phones;
import org.switchboard.protocol.AmiResponse;

/**
 * An action that makes a simulated phone do something on one of its calls (SBHangup, SBAnswer,
 * SBReject, SBDtmf, SBHold, SBUnhold). The call is named by {@code Channel} (a PJSIP channel) or
 * {@code Endpoint} (its newest call).
 */
final class PhoneAction implements ActionHandler {
    /** What the phone does; returns the response message. */
    @FunctionalInterface
    interface Operation {
        String apply(Phones phones, SimChannel channel, ActionContext ctx) throws PhoneRequestException;
    }

    private final String name;
    private final String synopsis;
    private final int requiredWrite;
    private final Phones phones;
    private final Operation operation;

    PhoneAction(String name, String synopsis, int requiredWrite, Phones phones, Operation operation) {
        this.name = name;
        this.synopsis = synopsis;
        this.requiredWrite = requiredWrite;
        this.phones = phones;
        this.operation = operation;
    }

    @Override public String name() { return name; }
    @Override public int requiredWrite() { return requiredWrite; }
    @Override public String synopsis() { return synopsis; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String target = ctx.header("Channel");
        if (target.isEmpty()) {
            target = ctx.header("Endpoint");
        }
        if (target.isEmpty()) {
            ctx.reply(AmiResponse.error("No channel specified"));
            return DONE;
        }
        String call = target;
        return ctx.onCore(() -> {
            SimChannel channel = phones.find(call).orElse(null);
            if (channel == null) {
                ctx.reply(AmiResponse.error("No such channel"));
                return;
            }
            try {
                ctx.reply(AmiResponse.success(operation.apply(phones, channel, ctx)));
            } catch (PhoneRequestException e) {
                ctx.reply(AmiResponse.error(e.getMessage()));
            }
        });
    }
}
