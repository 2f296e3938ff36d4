package org.switchboard.manager.settings;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.switchboard.manager.transport.tls.TlsSettings;

/**
 * manager.conf [general] (spec 01 §5.2), with Asterisk's defaults.
 *
 * @param bindAddress the plain listener address (bindaddr + port), used when enabled
 * @param tls the TLS keys as read
 * @param tlsBindAddress the TLS listener address (tlsbindaddr, default bindaddr:5039)
 * @param channelVars channelvars, in order
 * @param channelVarsText the raw channelvars value ("" when unset), as {@code manager show settings} prints it
 * @param disabledEvents the raw disabledevents value ("" when unset)
 */
public record GeneralSettings(boolean enabled, boolean webEnabled, InetSocketAddress bindAddress,
                              TlsSettings tls, InetSocketAddress tlsBindAddress,
                              boolean allowMultipleLogin, boolean displayConnects, boolean timestampEvents,
                              boolean brokenEventsAction, List<String> channelVars, String channelVarsText, String disabledEvents,
                              boolean debug, int httpTimeout, int authTimeout, int authLimit) {

    public static final int DEFAULT_PORT = 5038;
    public static final int DEFAULT_TLS_PORT = 5039;

    public GeneralSettings {
        channelVars = List.copyOf(channelVars);
    }

    public boolean tlsEnabled() {
        return tls.enabled();
    }

    /**
     * Where the TLS listener runs, if at all. manager.c copies the worked-out TLS address only when
     * {@code enabled} is on; otherwise the listener gets {@code tlsbindaddr} exactly as written (a
     * missing port stays 0), and with no {@code tlsbindaddr} there is no TLS listener.
     */
    public Optional<InetSocketAddress> tlsListenAddress() {
        if (!tls.enabled()) {
            return Optional.empty();
        }
        return enabled ? Optional.of(tlsBindAddress) : tls.bindAddress();
    }

    /** What a server with no manager.conf [general] runs with. */
    public static GeneralSettings defaults() {
        InetSocketAddress any = new InetSocketAddress("::", DEFAULT_PORT);
        return new GeneralSettings(false, false, any, TlsSettings.defaults(), new InetSocketAddress("::", DEFAULT_TLS_PORT),
                true, true, false, false, List.of(), "", "", false, 60, 30, 50);
    }
}
