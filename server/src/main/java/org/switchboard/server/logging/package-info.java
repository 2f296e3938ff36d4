/** Logback in Asterisk's console format, verbosity, and forwarding of the log to remote consoles. */
package org.switchboard.server.logging;
