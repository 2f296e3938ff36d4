package org.switchboard.manager.cdr;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.AstBool;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.channel.PbxEventRenderer;
import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.pbx.cdr.AmaFlags;
import org.switchboard.pbx.cdr.CdrEngine;
import org.switchboard.pbx.cdr.CdrRecord;
import org.switchboard.pbx.event.CdrRecorded;
import org.switchboard.pbx.text.AsciiCase;
import org.switchboard.pbx.time.Clock;

/**
 * The cdr_manager backend (cdr/cdr_manager.c): each posted CDR becomes an {@code Event: Cdr}
 * (class cdr) while cdr_manager.conf {@code [general] enabled} is true, with one extra header per
 * {@code [mappings]} line ({@code field => Header} gives {@code Header: ${CDR(field)}}).
 */
public final class CdrManagerBackend implements PbxEventRenderer<CdrRecorded> {
    private static final Logger log = LoggerFactory.getLogger(CdrManagerBackend.class);
    /** The backend's name in the CDR engine's list. */
    public static final String NAME = "cdr_manager";
    private static final int CDR_CLASS = PermissionClass.CDR.mask();

    private final CdrEngine engine;
    private final ZoneId zone;
    private final Clock clock;
    private volatile boolean enabled;
    private volatile List<Map.Entry<String, String>> mappings = List.of();
    private ConfigFile loaded;

    public CdrManagerBackend(CdrEngine engine, ZoneId zone, Clock clock) {
        this.engine = engine;
        this.zone = zone;
        this.clock = clock;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The [mappings]: CDR field, then header name, in file order. */
    public List<Map.Entry<String, String>> mappings() {
        return mappings;
    }

    /**
     * load_config: registers the backend and reads cdr_manager.conf. On a reload an unchanged file
     * changes nothing. A missing file disables the backend (false).
     */
    public boolean load(Optional<ConfigFile> file, boolean reload) {
        if (reload && loaded != null && !loaded.changedSinceRead()) {
            return true;
        }
        if (!reload) {
            engine.registerBackend(NAME, "Asterisk Manager Interface CDR Backend");
        }
        if (file.isEmpty()) {
            log.warn("Failed to load configuration file. Module not activated.");
            if (reload) {
                engine.suspendBackend(NAME, true);
            } else {
                engine.unregisterBackend(NAME);   // load_module declines
            }
            enabled = false;
            return false;
        }
        loaded = file.get();
        boolean on = false;
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Category c : file.get().categories()) {
            if (AsciiCase.equal(c.name(), "general")) {
                for (Variable v : c.variables()) {
                    if (AsciiCase.equal(v.name(), "enabled")) {
                        on = AstBool.isTrue(v.value());
                    }
                }
            } else if (AsciiCase.equal(c.name(), "mappings")) {
                fields = new ArrayList<>();
                for (Variable v : c.variables()) {
                    if (!v.name().isEmpty() && !v.value().isEmpty()) {
                        fields.add(Map.entry(v.name(), v.value()));
                        log.info("Added mapping {}: ${CDR({})}", v.value(), v.name());
                    }
                }
            }
        }
        mappings = List.copyOf(fields);
        engine.suspendBackend(NAME, !on);
        enabled = on;
        return true;
    }

    /** manager_log. */
    @Override
    public void render(CdrRecorded event, ManagerEvents out) {
        if (!enabled) {
            return;
        }
        CdrRecord r = event.record();
        StringBuilder b = new StringBuilder(768);
        line(b, "AccountCode", r.accountCode());
        line(b, "Source", r.source());
        line(b, "Destination", r.destination());
        line(b, "DestinationContext", r.destinationContext());
        line(b, "CallerID", r.callerId());
        line(b, "Channel", r.channel());
        line(b, "DestinationChannel", r.destinationChannel());
        line(b, "LastApplication", r.lastApplication());
        line(b, "LastData", r.lastData());
        line(b, "StartTime", CdrRecord.formatTime(r.start(), zone));
        line(b, "AnswerTime", CdrRecord.formatTime(r.answer(), zone));
        line(b, "EndTime", CdrRecord.formatTime(r.end(), zone));
        line(b, "Duration", Long.toString(r.duration()));
        line(b, "BillableSeconds", Long.toString(r.billableSeconds()));
        line(b, "Disposition", r.disposition().text());
        line(b, "AMAFlags", AmaFlags.text(r.amaFlags()));
        line(b, "UniqueID", r.uniqueId());
        line(b, "UserField", r.userField());
        for (Map.Entry<String, String> m : mappings) {
            line(b, m.getValue(), mappedValue(r, m.getKey()));
        }
        out.publish("Cdr", CDR_CLASS, b.toString());
    }

    /**
     * ${CDR(field[,options])} on a dummy channel holding the record (func_cdr.c cdr_read): the
     * record's field or variable, raw with {@code u}, duration/billsec with microseconds with
     * {@code f}; "" when empty.
     */
    String mappedValue(CdrRecord r, String argument) {
        int comma = argument.indexOf(',');
        String field = comma < 0 ? argument : argument.substring(0, comma);
        String options = comma < 0 ? "" : argument.substring(comma + 1);
        String value = r.formatVariable(field, options.indexOf('u') >= 0, zone);
        if (value == null) {
            return "";
        }
        boolean billsec = AsciiCase.equal(field, "billsec");
        if (options.indexOf('f') >= 0 && (billsec || AsciiCase.equal(field, "duration"))) {
            Instant from = billsec ? r.answer() : r.start();
            Instant to = r.end() == null || r.end().getEpochSecond() == 0 ? clock.now() : r.end();
            double delta = 0.0;
            if (from != null && from.getEpochSecond() != 0) {
                long us = (to.getEpochSecond() - from.getEpochSecond()) * 1_000_000L
                        + (to.getNano() / 1000 - from.getNano() / 1000);
                delta = us / 1_000_000.0;
            }
            return String.format(Locale.ROOT, "%f", delta);
        }
        return value;
    }

    private static void line(StringBuilder b, String name, String value) {
        b.append(name).append(": ").append(value).append("\r\n");
    }
}
