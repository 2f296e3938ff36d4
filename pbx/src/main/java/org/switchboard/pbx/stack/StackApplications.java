package org.switchboard.pbx.stack;

import org.switchboard.pbx.exec.ApplicationRegistry;

/** The applications of app_stack.c: Gosub, GosubIf, Return, StackPop. */
public final class StackApplications {
    private StackApplications() { }

    public static void registerAll(ApplicationRegistry registry) {
        registry.register(new Gosub())
                .register(new GosubIf())
                .register(new Return())
                .register(new StackPop());
    }
}
