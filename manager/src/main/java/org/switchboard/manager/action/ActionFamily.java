package org.switchboard.manager.action;

import java.util.List;

/** A group of related actions (core, system, channels, ...), listed explicitly: no scanning. */
public interface ActionFamily {
    List<ActionHandler> handlers();
}
