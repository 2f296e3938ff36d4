package org.switchboard.pbx.event;

/**
 * A hint's extension state was reported (pbx.c ast_add_hint, device_state_notify_callbacks; the
 * manager's general state callback). {@code hint} is the device list the dialplan gave for
 * exten@context when it was reported ("" when none).
 */
public record ExtensionStatusChanged(String exten, String context, String hint, int status) implements PbxEvent {
}
