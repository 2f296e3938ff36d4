/** The interactive remote console of {@code switchboard -r} (JLine 3). */
package org.switchboard.server.console;
