package org.switchboard.pbx.event;

import org.switchboard.pbx.bridge.BridgeSnapshot;
import org.switchboard.pbx.channel.ChannelSnapshot;

/**
 * A blind transfer was attempted (stasis_bridges.c ast_blind_transfer_message).
 *
 * @param result      Fail, Invalid, Not Permitted or Success
 * @param transferee  null when there was none
 * @param bridge      the transferer's bridge, null when it had none
 * @param external    requested from outside (the AMI BlindTransfer action)
 */
public record BlindTransferred(String result, ChannelSnapshot transferer, ChannelSnapshot transferee,
                               BridgeSnapshot bridge, boolean external, String context, String exten)
        implements PbxEvent {
}
