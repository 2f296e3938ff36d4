/**
 * TLS for the AMI listener (spec 01 §5.2): the manager.conf TLS options
 * ({@link org.switchboard.manager.transport.tls.TlsSettings},
 * {@link org.switchboard.manager.transport.tls.TlsSettingsParser}), where the listener binds
 * ({@link org.switchboard.manager.transport.tls.TlsBindAddress}) and the Netty server context
 * built from PEM files ({@link org.switchboard.manager.transport.tls.TlsContextFactory}).
 *
 * <p>Asterisk configures OpenSSL; Switchboard uses the JDK's TLS. OpenSSL cipher names are
 * mapped to JDK names and keywords that cannot be mapped are reported; setup errors fail closed
 * where Asterisk would fall back to plain AMI only.
 */
package org.switchboard.manager.transport.tls;
