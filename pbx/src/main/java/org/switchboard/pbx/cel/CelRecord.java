package org.switchboard.pbx.cel;

import java.time.Instant;

/**
 * One CEL record as the backends receive it (cel.h struct ast_cel_event_record), taken from the
 * channel snapshot the event is about.
 *
 * @param type            the event type
 * @param userDefinedName the user's event name for USER_DEFINED (CELGenUserEvent), else ""
 * @param eventTime       when the event happened
 * @param extra           the event's JSON text (jansson compact), or ""
 * @param peer            the other bridge members' names, comma separated, for bridge events; else ""
 */
public record CelRecord(CelEventType type, String userDefinedName, Instant eventTime, String callerIdName,
                        String callerIdNumber, String callerIdAni, String callerIdRdnis, String callerIdDnid,
                        String exten, String context, String channelName, String application,
                        String applicationData, int amaFlags, String accountCode, String peerAccount,
                        String uniqueId, String linkedId, String tenantId, String userField, String extra,
                        String peer) {

    /** The name shown as EventName by default: the user's name for a user-defined event. */
    public String eventName() {
        return type == CelEventType.USER_DEFINED ? userDefinedName : type.wireName();
    }
}
