/**
 * The CLI: a registry of commands with Asterisk's lookup, help and completion rules (main/cli.c),
 * shared by the Command AMI action, {@code switchboard -rx} and the console, and the core
 * commands that need no PBX state ({@code core show help}, {@code core show version},
 * {@code core show uptime}).
 */
package org.switchboard.manager.cli;
