package org.switchboard.bench.client;


/**
 * The start every AMI connection of the tool shares: wait for the banner, log in with the
 * target's account and an Events mask, then hand the session over to {@link #loggedIn} and
 * {@link #onMessage}. One instance per connection.
 */
public abstract class LoginHandler implements AmiConnection.Handler {
    private final Target target;
    private final String events;
    private boolean up;

    protected LoginHandler(Target target, String events) {
        this.target = target;
        this.events = events;
    }

    public boolean isUp() {
        return up;
    }

    @Override
    public void banner(AmiConnection c) {
        AmiRequests.login(c.out(), target.user(), target.secret(), events);
    }

    @Override
    public final void message(AmiConnection c, byte[] buf, int start, int end) {
        if (up) {
            onMessage(c, buf, start, end);
            return;
        }
        if (!AmiBytes.startsWith(buf, start, end, AmiRequests.RESPONSE)) {
            return;   // nothing but the login reply matters before login
        }
        if (AmiBytes.startsWith(buf, start, end, AmiRequests.RESPONSE_SUCCESS)) {
            up = true;
            loggedIn(c);
        } else {
            loginFailed(c, AmiBytes.text(buf, start, end).trim());
        }
    }

    /** The login was accepted. */
    protected abstract void loggedIn(AmiConnection c);

    /** Every message after the login reply. */
    protected abstract void onMessage(AmiConnection c, byte[] buf, int start, int end);

    /** The login was refused; the reply's text is given. */
    protected abstract void loginFailed(AmiConnection c, String reply);
}
