package org.switchboard.pbx.media;

import org.switchboard.pbx.exec.ApplicationRegistry;

/**
 * The applications that play sounds or read digits: Playback, Background, WaitExten, WaitDigit,
 * Read, the Say family and SendDTMF. Sounds are simulated (see {@link SoundLibrary}).
 */
public final class MediaApplications {
    private MediaApplications() { }

    public static void registerAll(ApplicationRegistry registry) {
        registry.register(new Playback())
                .register(new Background())
                .register(new WaitExten())
                .register(new WaitDigit())
                .register(new Read())
                .register(SayApplication.sayDigits())
                .register(SayApplication.sayNumber())
                .register(SayApplication.sayAlpha())
                .register(SayApplication.sayAlphaCase())
                .register(SayApplication.sayPhonetic())
                .register(new SendDtmf());
    }
}
