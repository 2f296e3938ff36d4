/**
 * Self-signed certificates for TLS tests ({@link org.switchboard.testkit.tls.TestCertificates}),
 * written as the PEM files that manager.conf's {@code tlscertfile} and {@code tlsprivatekey}
 * name.
 */
package org.switchboard.testkit.tls;
