/** The control socket: a framed protocol on a Unix domain socket between the server and its clients (README). */
package org.switchboard.server.control;
