package org.switchboard.pbx.pjsip;

/** The configuration the PJSIP unit tests share. */
final class PjsipFixtures {
    private PjsipFixtures() { }

    /**
     * alice and bob register (bob's AOR is qualified), carol has a qualified permanent contact,
     * dave's AOR accepts no registration, trunk has no AOR at all.
     */
    static final String PJSIP = """
            [phone](!)
            type = endpoint
            context = phones
            allow = ulaw

            [alice](phone)
            aors = alice
            callerid = "Alice" <6001>
            device_state_busy_at = 1

            [alice]
            type = aor
            max_contacts = 1

            [bob](phone)
            aors = bob

            [bob]
            type = aor
            max_contacts = 1
            qualify_frequency = 60

            [carol](phone)
            aors = carol

            [carol]
            type = aor
            contact = sip:carol@10.0.0.3:5060
            qualify_frequency = 30

            [dave](phone)
            aors = dave

            [dave]
            type = aor

            [trunk](phone)
            """;

    static final String EXTENSIONS = """
            [phones]
            exten => 100,1,Answer()
             same => n,Wait(10)
             same => n,Hangup()
            """;
}
