/** The {@code switchboard} program: command line, server mode, and the {@code -x}/{@code -r} clients. */
package org.switchboard.server;
