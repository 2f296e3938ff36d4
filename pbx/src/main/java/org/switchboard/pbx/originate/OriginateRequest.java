package org.switchboard.pbx.originate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An outgoing call to set up (pbx.c ast_pbx_outgoing_app / ast_pbx_outgoing_exten): dial
 * {@code tech/data}; once answered run {@code application(data)} on it, or the dialplan from
 * context/exten/priority.
 *
 * @param callerIdNumber the caller id number given, or null
 * @param callerIdName the caller id name given, or null
 * @param variables assignments made on the dialed channel before it is called, in order
 * @param account account code for the dialed channel, or null
 * @param channelId / otherChannelId Uniqueids chosen by the client, or null
 */
public record OriginateRequest(String tech, String data, Duration timeout,
                               String application, String applicationData,
                               String context, String exten, int priority,
                               String callerIdNumber, String callerIdName,
                               List<Map.Entry<String, String>> variables, String account,
                               boolean earlyMedia, String channelId, String otherChannelId) {

    /** True for Application/Data originates, false for Context/Exten/Priority. */
    public boolean runsApplication() {
        return application != null && !application.isEmpty();
    }
}
