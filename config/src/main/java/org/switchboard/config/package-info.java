/**
 * Reads Asterisk .conf files exactly as Asterisk 22.10.1's text config loader does (spec 01 §5.1;
 * main/config.c): {@link org.switchboard.config.ConfigReader} turns a file and its includes into a
 * {@link org.switchboard.config.ConfigFile} of ordered {@link org.switchboard.config.Category
 * categories} and {@link org.switchboard.config.Variable variables}, keeping line numbers,
 * comments, the {@code =>} flag and template markers for a later writer. The package has no
 * opinion about what any file means; that is for the modules that use it.
 */
package org.switchboard.config;
