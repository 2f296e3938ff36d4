package org.switchboard.pbx.event;

/**
 * Something that happened in the PBX, published on the core thread in the order it happened.
 * Domain names in the past tense, never AMI names: the manager decides which AMI events (if any)
 * each becomes.
 */
public sealed interface PbxEvent permits ChannelSnapshotChanged, VariableSet, HangupRequested, DialStarted,
        DialStatusChanged, LocalPairBridged, UserEventRaised, BridgeCreated, BridgeDestroyed, BridgeEntered,
        BridgeLeft, DtmfReceived, HoldChanged, ChannelRenamed, CelRecorded, CdrRecorded, DeviceStateChanged,
        PeerStatusChanged, ContactStatusChanged, PresenceStateChanged, ExtensionStatusChanged,
        HintPresenceChanged, FileStreamChanged, HangupHandlerChanged,
        BlindTransferred, LocalOptimizationStarted, LocalOptimizationFinished {
}
