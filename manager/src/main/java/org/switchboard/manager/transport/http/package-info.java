/**
 * AMI over HTTP (spec 01 §7; Asterisk's http.c and the HTTP half of manager.c): http.conf
 * ({@link org.switchboard.manager.transport.http.HttpSettings}), the plain and TLS listeners on
 * the manager's own Netty event loops ({@link org.switchboard.manager.transport.http.AmiHttpServer}),
 * and the six manager URIs: {@code /rawman}, {@code /manager}, {@code /mxml} with the
 * {@code mansession_id} cookie and the Login action, {@code /arawman}, {@code /amanager},
 * {@code /amxml} with HTTP Digest authentication.
 *
 * <p>Each request's parameters become one AMI message that goes through the same
 * {@link org.switchboard.manager.action.ActionDispatcher} as a socket session; its replies are
 * collected for that one HTTP response and written raw, as an HTML table or as XML, byte for byte
 * as Asterisk writes them. An HTTP session is an
 * {@link org.switchboard.manager.session.AmiSession} with transport HTTP whose output keeps the
 * events it is given until a WaitEvent hands them out. Sessions expire in real time (httptimeout,
 * or 5 s before login). Error replies use Asterisk's status codes and HTML pages.
 */
package org.switchboard.manager.transport.http;
