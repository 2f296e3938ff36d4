package org.switchboard.manager.cdr;

import java.time.ZoneId;
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
import org.switchboard.pbx.cel.CelEventType;
import org.switchboard.pbx.cel.CelRecord;
import org.switchboard.pbx.dialplan.clib.CStrftime;
import org.switchboard.pbx.event.CelRecorded;
import org.switchboard.pbx.text.AsciiCase;

/**
 * The cel_manager backend (cel/cel_manager.c): each CEL record becomes an {@code Event: CEL}
 * (class call) while cel.conf {@code [manager] enabled} is true. EventTime is local time
 * "YYYY-MM-DD HH:MM:SS" whatever cel.conf's dateformat says; a user-defined event shows its own
 * name unless {@code show_user_defined} is on.
 */
public final class CelManagerBackend implements PbxEventRenderer<CelRecorded> {
    private static final Logger log = LoggerFactory.getLogger(CelManagerBackend.class);
    /** The backend's name in {@code cel show status}. */
    public static final String NAME = "Manager Event Logging";
    private static final String DATE_FORMAT = "%Y-%m-%d %T";
    private static final int CALL_CLASS = PermissionClass.CALL.mask();

    private final ZoneId zone;
    private volatile boolean enabled;
    private volatile boolean showUserDefined;
    private ConfigFile loaded;

    public CelManagerBackend(ZoneId zone) {
        this.zone = zone;
    }

    /** Whether the backend is registered with the CEL engine. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * load_config: cel.conf's {@code [manager]} section. On a reload an unchanged file changes
     * nothing; a missing file disables the backend (false).
     */
    public boolean load(Optional<ConfigFile> file, boolean reload) {
        if (reload && loaded != null && !loaded.changedSinceRead()) {
            return true;
        }
        if (file.isEmpty()) {
            log.warn("Failed to load configuration file. CEL manager Module not activated.");
            enabled = false;
            return false;
        }
        loaded = file.get();
        boolean on = false;
        boolean userDefined = false;
        for (Category c : file.get().categories()) {
            if (!AsciiCase.equal(c.name(), "manager")) {
                continue;
            }
            for (Variable v : c.variables()) {
                if (AsciiCase.equal(v.name(), "enabled")) {
                    on = AstBool.isTrue(v.value());
                } else if (AsciiCase.equal(v.name(), "show_user_defined")) {
                    userDefined = AstBool.isTrue(v.value());
                } else {
                    log.info("Unknown option '{}' specified for cel_manager.", v.name());
                }
            }
        }
        showUserDefined = userDefined;
        enabled = on;
        return true;
    }

    /** manager_log. */
    @Override
    public void render(CelRecorded event, ManagerEvents out) {
        if (!enabled) {
            return;
        }
        CelRecord r = event.record();
        boolean userDefined = r.type() == CelEventType.USER_DEFINED;
        StringBuilder b = new StringBuilder(640);
        line(b, "EventName", userDefined && !showUserDefined ? r.userDefinedName() : r.type().wireName());
        line(b, "AccountCode", r.accountCode());
        line(b, "CallerIDnum", r.callerIdNumber());
        line(b, "CallerIDname", r.callerIdName());
        line(b, "CallerIDani", r.callerIdAni());
        line(b, "CallerIDrdnis", r.callerIdRdnis());
        line(b, "CallerIDdnid", r.callerIdDnid());
        line(b, "Exten", r.exten());
        line(b, "Context", r.context());
        line(b, "Channel", r.channelName());
        line(b, "Application", r.application());
        line(b, "AppData", r.applicationData());
        line(b, "EventTime", CStrftime.format(DATE_FORMAT, r.eventTime(), zone));
        line(b, "AMAFlags", AmaFlags.text(r.amaFlags()));
        line(b, "UniqueID", r.uniqueId());
        line(b, "LinkedID", r.linkedId());
        if (!r.tenantId().isEmpty()) {
            line(b, "TenantID", r.tenantId());
        }
        line(b, "Userfield", r.userField());
        line(b, "Peer", r.peer());
        line(b, "PeerAccount", r.peerAccount());
        if (userDefined && showUserDefined) {
            line(b, "UserDefType", r.userDefinedName());
        }
        line(b, "Extra", r.extra());
        out.publish("CEL", CALL_CLASS, b.toString());
    }

    private static void line(StringBuilder b, String name, String value) {
        b.append(name).append(": ").append(value).append("\r\n");
    }
}
