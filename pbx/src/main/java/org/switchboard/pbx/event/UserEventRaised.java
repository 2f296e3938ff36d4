package org.switchboard.pbx.event;

import java.util.List;
import java.util.Map;

import org.switchboard.pbx.channel.ChannelSnapshot;

/** The dialplan's UserEvent application ran (apps/app_userevent.c). */
public record UserEventRaised(ChannelSnapshot channel, String name, List<Map.Entry<String, String>> headers)
        implements PbxEvent {
    public UserEventRaised {
        headers = List.copyOf(headers);
    }
}
