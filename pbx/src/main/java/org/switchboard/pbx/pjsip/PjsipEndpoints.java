package org.switchboard.pbx.pjsip;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.ConfigFile;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.devstate.DeviceState;
import org.switchboard.pbx.devstate.DeviceStateAggregate;
import org.switchboard.pbx.event.ContactStatusChanged;
import org.switchboard.pbx.event.PeerStatusChanged;
import org.switchboard.pbx.log.Verbose;

/**
 * The endpoints of pjsip.conf as res_pjsip sees them at run time: their contacts (permanent ones
 * and those the simulated phones registered), each contact's status, and whether each endpoint is
 * reachable. Every change (a configuration load, a phone switched on or off) is reported as
 * Asterisk reports it: ContactStatus, then PeerStatus and a device state change
 * (pjsip_options.c, pjsip_configuration.c ast_sip_persistent_endpoint_update_state).
 *
 * <p>Simulated registrations do not expire and are not refreshed; qualifying is instantaneous.
 * Core thread only.
 */
public final class PjsipEndpoints {
    /** The round trip a qualified contact reports, in microseconds. */
    static final long SIMULATED_RTT_USEC = 1000;

    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.pjsip");

    private final Pbx pbx;
    private final BehaviourTable behaviours = new BehaviourTable();
    private PjsipConfig config = PjsipConfig.EMPTY;
    private Map<String, Contact> contacts = new TreeMap<>();
    private Map<String, ContactStatus> statuses = new HashMap<>();
    /** Endpoint name to online; an endpoint not here was never evaluated (Unknown). */
    private Map<String, Boolean> online = new HashMap<>();

    PjsipEndpoints(Pbx pbx) {
        this.pbx = pbx;
    }

    /** Takes a new pjsip.conf and behaviour file (null: none) and reports what changed. */
    public void configure(PjsipConfig newConfig, ConfigFile behaviourFile) {
        behaviours.load(behaviourFile);
        PjsipConfig old = config;
        config = newConfig;
        refresh(old);
    }

    public PjsipConfig config() {
        return config;
    }

    public Optional<EndpointConfig> endpoint(String name) {
        return config.endpoint(name);
    }

    /** The settings of {@code endpoint}'s phone as they apply now. */
    public Map<String, String> settings(String endpoint) {
        return behaviours.settings(endpoint);
    }

    public PhoneBehaviour behaviour(String endpoint) {
        return behaviours.behaviour(endpoint);
    }

    /**
     * Changes settings of {@code endpoint}'s phone (name to value, applied in order); nothing is
     * changed when one is refused. Returns the refusal, or empty. A change of mode to or from
     * {@code offline} registers or unregisters the phone at once.
     */
    public Optional<String> set(String endpoint, Map<String, String> changes) {
        for (Map.Entry<String, String> e : changes.entrySet()) {
            Optional<String> key = PhoneBehaviour.key(e.getKey());
            if (key.isEmpty()) {
                return Optional.of("Unknown setting '" + e.getKey() + "'");
            }
            Optional<String> problem = PhoneBehaviour.problem(key.get(), e.getValue());
            if (problem.isPresent()) {
                return problem;
            }
        }
        for (Map.Entry<String, String> e : changes.entrySet()) {
            behaviours.set(endpoint, e.getKey(), e.getValue());
        }
        refresh(config);
        return Optional.empty();
    }

    /** Drops the run-time changes of {@code endpoint}'s phone. */
    public void reset(String endpoint) {
        behaviours.reset(endpoint);
        refresh(config);
    }

    /**
     * The contacts of an AOR in Asterisk's order (location.c ast_sip_location_retrieve_aor_contacts):
     * the registered ones by id, then the permanent ones by id.
     */
    public List<Contact> contactsOf(String aor) {
        List<Contact> registered = new ArrayList<>();
        List<Contact> permanent = new ArrayList<>();
        for (Contact c : contacts.values()) {
            if (c.aor().equals(aor)) {
                (c.permanent() ? permanent : registered).add(c);
            }
        }
        registered.addAll(permanent);
        return registered;
    }

    /** The registered contacts (the ones sorcery stores, which PJSIPShowContacts lists), by id. */
    public List<Contact> registeredContacts() {
        List<Contact> out = new ArrayList<>();
        for (Contact c : contacts.values()) {
            if (!c.permanent()) {
                out.add(c);
            }
        }
        return out;
    }

    public ContactStatus status(Contact c) {
        return statuses.getOrDefault(c.id(), ContactStatus.UNKNOWN);
    }

    /** The round trip shown for a contact with that status. */
    public static long roundTripUsec(ContactStatus s) {
        return s == ContactStatus.REACHABLE ? SIMULATED_RTT_USEC : 0;
    }

    /** Whether Asterisk may call the endpoint: one of its AORs has an available contact. */
    public boolean reachable(String endpoint) {
        return Boolean.TRUE.equals(online.get(endpoint));
    }

    /** The live PJSIP channels of an endpoint, oldest first. */
    public List<SimChannel> channelsOf(String endpoint) {
        List<SimChannel> out = new ArrayList<>();
        for (SimChannel c : pbx.channels().all()) {
            SipCall call = c.attachment(SipCall.class);
            if (call != null && call.endpoint.equals(endpoint)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * chan_pjsip_devicestate: INVALID for an unknown endpoint; else its channels' aggregate (a
     * channel Asterisk holds counts as ONHOLD), BUSY once {@code device_state_busy_at} channels are
     * in use, and with no channel UNAVAILABLE offline, NOT_INUSE online, UNKNOWN before either.
     */
    public DeviceState deviceState(String endpoint) {
        EndpointConfig e = config.endpoint(endpoint).orElse(null);
        if (e == null) {
            return DeviceState.INVALID;
        }
        Boolean up = online.get(endpoint);
        DeviceState state = up == null ? DeviceState.UNKNOWN : up ? DeviceState.NOT_INUSE : DeviceState.UNAVAILABLE;
        List<SimChannel> channels = channelsOf(endpoint);
        if (channels.isEmpty()) {
            return state;
        }
        DeviceStateAggregate aggregate = new DeviceStateAggregate();
        int inUse = 0;
        for (SimChannel c : channels) {
            SipCall call = c.attachment(SipCall.class);
            aggregate.add(call.heldByAsterisk ? DeviceState.ONHOLD : DeviceState.fromChannel(c.state()));
            if (c.state() != ChannelState.DOWN && c.state() != ChannelState.RESERVED) {
                inUse++;
            }
        }
        if (e.deviceStateBusyAt() > 0 && inUse >= e.deviceStateBusyAt()) {
            return DeviceState.BUSY;
        }
        DeviceState result = aggregate.result();
        return result != DeviceState.INVALID ? result : state;
    }

    /** ast_devstate_changed for PJSIP/{@code endpoint}: evaluated later, published when it changed. */
    void deviceMayHaveChanged(String endpoint) {
        pbx.deviceStates().changed("PJSIP/" + endpoint, DeviceState.UNKNOWN, true);
    }

    // ---- registrations and reachability ----

    private void refresh(PjsipConfig previous) {
        Map<String, Contact> wanted = wantedContacts();
        Map<String, ContactStatus> wantedStatuses = new HashMap<>();
        for (Contact c : wanted.values()) {
            wantedStatuses.put(c.id(), statusOf(c));
        }
        for (Contact old : contacts.values()) {
            if (!wanted.containsKey(old.id())) {
                if (!old.permanent()) {
                    Verbose.log(log, 3, "Removed contact '" + old.uri() + "' from AOR '" + old.aor() + "' due to request");
                }
                publishContact(previous, old, ContactStatus.REMOVED);
            }
        }
        for (Contact c : wanted.values()) {
            ContactStatus now = wantedStatuses.get(c.id());
            ContactStatus before = contacts.containsKey(c.id()) ? statuses.get(c.id()) : null;
            if (before == null) {
                if (!c.permanent()) {
                    Verbose.log(log, 3, "Added contact '" + c.uri() + "' to AOR '" + c.aor() + "' with expiration of "
                            + aorExpiration(c) + " seconds");
                }
                publishContact(config, c, ContactStatus.NON_QUALIFIED);
                if (now != ContactStatus.NON_QUALIFIED) {
                    publishContact(config, c, now);
                }
            } else if (before != now) {
                publishContact(config, c, now);
            }
        }
        contacts = wanted;
        statuses = wantedStatuses;
        updateEndpointStates(previous);
    }

    /** Permanent contacts of every AOR, then one registration per switched-on phone that can register. */
    private Map<String, Contact> wantedContacts() {
        Map<String, Contact> wanted = new TreeMap<>();
        for (AorConfig aor : config.aors().values()) {
            for (String uri : aor.contacts()) {
                Contact c = Contact.permanent(aor, uri);
                wanted.put(c.id(), c);
            }
        }
        Map<String, Integer> registeredPerAor = new HashMap<>();
        for (EndpointConfig e : config.endpoints().values()) {
            PhoneBehaviour b = behaviours.behaviour(e.name());
            AorConfig aor = firstAor(e);
            if (b.mode() == PhoneBehaviour.Mode.OFFLINE || aor == null || aor.maxContacts() == 0) {
                continue;
            }
            String uri = b.contactFor(e.name());
            String id = aor.name() + ";@" + Contact.md5(uri);
            if (wanted.containsKey(id)) {
                continue;
            }
            int count = registeredPerAor.getOrDefault(aor.name(), 0);
            if (count >= aor.maxContacts()) {
                log.warn("Registration attempt from endpoint '{}' to AOR '{}' will exceed max contacts of {}",
                        e.name(), aor.name(), aor.maxContacts());
                continue;
            }
            registeredPerAor.put(aor.name(), count + 1);
            Contact existing = contacts.get(id);
            wanted.put(id, existing != null && existing.endpoint().equals(e.name()) && sameAorSettings(existing, aor)
                    ? existing : register(aor, uri, e.name(), b));
        }
        return wanted;
    }

    private Contact register(AorConfig aor, String uri, String endpoint, PhoneBehaviour b) {
        String host = "";
        int port = 0;
        try {
            URI parsed = URI.create(uri.replaceFirst("^(?i)sips?:", "sip://"));
            host = parsed.getHost() == null ? "" : parsed.getHost();
            port = parsed.getPort() < 0 ? 5060 : parsed.getPort();
        } catch (IllegalArgumentException e) {
            log.debug("contact URI {} has no host and port to show", uri);
        }
        String callId = UUID.nameUUIDFromBytes((endpoint + "\n" + uri).getBytes(StandardCharsets.ISO_8859_1)).toString();
        long expires = pbx.clock().now().getEpochSecond() + aor.defaultExpiration();
        return Contact.registered(aor, uri, endpoint, expires, b.userAgent(), host, port, callId);
    }

    private static boolean sameAorSettings(Contact c, AorConfig aor) {
        return c.qualifyFrequency() == aor.qualifyFrequency() && c.qualifyTimeout() == aor.qualifyTimeout();
    }

    private long aorExpiration(Contact c) {
        return config.aor(c.aor()).map(AorConfig::defaultExpiration).orElse(3600);
    }

    private AorConfig firstAor(EndpointConfig e) {
        for (String name : e.aorNames()) {
            Optional<AorConfig> aor = config.aor(name);
            if (aor.isPresent()) {
                return aor.get();
            }
        }
        return null;
    }

    /**
     * An unqualified contact is assumed up; a qualified registered contact answers OPTIONS (its
     * phone is on); a qualified permanent contact answers when a phone of an endpoint using its
     * AOR is switched on.
     */
    private ContactStatus statusOf(Contact c) {
        if (c.qualifyFrequency() == 0) {
            return ContactStatus.NON_QUALIFIED;
        }
        if (!c.permanent()) {
            return ContactStatus.REACHABLE;
        }
        for (EndpointConfig e : config.endpoints().values()) {
            if (e.aorNames().contains(c.aor()) && behaviours.behaviour(e.name()).mode() != PhoneBehaviour.Mode.OFFLINE) {
                return ContactStatus.REACHABLE;
            }
        }
        return ContactStatus.UNREACHABLE;
    }

    /** pjsip_options.c sip_options_publish_contact_state: one event per endpoint using the AOR. */
    private void publishContact(PjsipConfig in, Contact c, ContactStatus status) {
        for (EndpointConfig e : in.endpoints().values()) {
            if (e.aorNames().contains(c.aor())) {
                pbx.publish(new ContactStatusChanged(c.uri(), status.label(), c.aor(), e.name(), roundTripUsec(status)));
            }
        }
    }

    private void updateEndpointStates(PjsipConfig previous) {
        Map<String, Boolean> next = new LinkedHashMap<>();
        for (EndpointConfig e : config.endpoints().values()) {
            boolean up = false;
            for (String aor : e.aorNames()) {
                for (Contact c : contactsOf(aor)) {
                    up |= statuses.get(c.id()).available();
                }
            }
            next.put(e.name(), up);
        }
        Map<String, Boolean> before = online;
        online = next;
        for (Map.Entry<String, Boolean> e : next.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                String status = e.getValue() ? "Reachable" : "Unreachable";
                Verbose.log(log, 2, "Endpoint " + e.getKey() + " is now " + status);
                pbx.publish(new PeerStatusChanged("PJSIP", e.getKey(), status));
                deviceMayHaveChanged(e.getKey());
            }
        }
        for (String gone : previous.endpoints().keySet()) {
            if (!next.containsKey(gone)) {
                deviceMayHaveChanged(gone);
            }
        }
    }
}
