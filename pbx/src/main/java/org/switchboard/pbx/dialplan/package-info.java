/**
 * The dialplan of Asterisk 22 as a library without channels: extensions.conf loading
 * ({@link org.switchboard.pbx.dialplan.DialplanLoader}), the immutable
 * {@link org.switchboard.pbx.dialplan.Dialplan} with Asterisk's lookups (pbx_find_extension, includes,
 * caller id, MATCH / CANMATCH / MATCHMORE, labels, hints), copy-on-write edits for
 * DialplanExtensionAdd / DialplanExtensionRemove, and the data of ShowDialPlan and
 * {@code dialplan show} ({@link org.switchboard.pbx.dialplan.DialplanListing}).
 *
 * <p>Sub-packages: {@code pattern} (extension names, matching, ordering), {@code timing}
 * (time conditions), {@code eval} (variables, functions, substitution), {@code expr}
 * ({@code $[...]}), {@code func} (the channel-free functions), {@code args} (application
 * argument splitting), {@code clib} (the C library behaviours all of them rely on).
 */
package org.switchboard.pbx.dialplan;
