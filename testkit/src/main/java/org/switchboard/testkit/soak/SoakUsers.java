package org.switchboard.testkit.soak;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.switchboard.protocol.AmiMessage;

/** The manager users and dialplan a soak runs with, and logged-in sessions for its loads. */
final class SoakUsers {
    private SoakUsers() { }

    static final String CHURN_USER = "churn";
    static final String CHURN_SECRET = "churnpw";

    /** admin for control, dialer for calls (only OriginateResponse reaches it), listeners for events. */
    static final String MANAGER_CONF = """
            [general]
            enabled = yes
            bindaddr = 127.0.0.1

            [admin]
            secret = adminpw
            read = all
            write = all

            [dialer]
            secret = dialerpw
            read = call
            write = originate
            eventfilter(name(OriginateResponse)) =

            [listener]
            secret = listenerpw
            read = user
            write = user

            [churn]
            secret = churnpw
            read = system
            write = system
            """;

    static final String EXTENSIONS_CONF = """
            [default]
            exten => 100,1,Answer()
             same => n,Wait(1)
             same => n,Hangup()
            """;

    /** A control session that receives no events. */
    static SoakClient admin(InetSocketAddress server, Consumer<AmiMessage> others) throws IOException {
        return login(server, "admin", "adminpw", "off", others);
    }

    /** The session that originates calls; it sees OriginateResponse events only. */
    static SoakClient dialer(InetSocketAddress server, Consumer<AmiMessage> others) throws IOException {
        return login(server, "dialer", "dialerpw", "on", others);
    }

    /** A session that reads user events. */
    static SoakClient listener(InetSocketAddress server, Consumer<AmiMessage> others) throws IOException {
        return login(server, "listener", "listenerpw", "on", others);
    }

    private static SoakClient login(InetSocketAddress server, String user, String secret, String events,
            Consumer<AmiMessage> others) throws IOException {
        SoakClient c = SoakClient.connect(server, others);
        try {
            c.banner().get(10, TimeUnit.SECONDS);
            AmiMessage reply = c.request("login", "Action: Login", "Username: " + user, "Secret: " + secret,
                    "Events: " + events).get(10, TimeUnit.SECONDS);
            if (!"Success".equals(reply.header("Response"))) {
                throw new IOException("login as " + user + " refused: " + reply.header("Message"));
            }
            return c;
        } catch (IOException e) {
            c.close();
            throw e;
        } catch (Exception e) {
            c.close();
            throw new IOException("login as " + user + " failed: " + e, e);
        }
    }
}
