package org.switchboard.e2e;

import org.asteriskjava.manager.event.UserEvent;

/** asterisk-java maps "Event: UserEvent" + "UserEvent: Hello" onto this class by its name. */
public class HelloEvent extends UserEvent {
    private static final long serialVersionUID = 1L;
    private String greeting;

    public HelloEvent(Object source) {
        super(source);
    }

    public String getGreeting() {
        return greeting;
    }

    public void setGreeting(String greeting) {
        this.greeting = greeting;
    }
}
