/** The bundled default configuration and the credentials announced at start-up. */
package org.switchboard.server.config;
