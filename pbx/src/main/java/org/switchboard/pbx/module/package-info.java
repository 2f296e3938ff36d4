/**
 * Asterisk's module loader over what Switchboard implements (main/loader.c): built-in and loadable
 * modules by Asterisk's names, modules.conf, load, unload and reload with Asterisk's results.
 * {@link org.switchboard.pbx.module.ModuleRegistry} is the one list; the manager turns its
 * outcomes into the Load, Unload and Reload events.
 */
package org.switchboard.pbx.module;
