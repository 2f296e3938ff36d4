package org.switchboard.manager.acl;

/**
 * An ACL definition that Asterisk refuses. The message is Asterisk's own reason (for example
 * {@code Invalid IP address: 10.0.0.300}); {@link #value()} is the whole configuration value
 * that held the bad item.
 */
public class AclFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String value;

    public AclFormatException(String value, String reason) {
        super(reason);
        this.value = value;
    }

    /** The configuration value ({@code permit=}, {@code deny=} or {@code acl=} right-hand side). */
    public String value() {
        return value;
    }

    /**
     * The ERROR line Asterisk logs when a manager.conf user has this bad ACL line, after which the
     * user is dropped (spec 01 §5.3; manager.c __init_manager).
     */
    public String managerUserMessage(String user, int line) {
        return "Invalid ACL '" + value + "' for manager user '" + user + "' on line " + line + ". Deleting user";
    }
}
