/**
 * Asterisk's IP access-control lists for manager users (spec 01 §6; acl.c, named_acl.c).
 *
 * <p>{@link org.switchboard.manager.acl.AccessList} is one ordered rule list where the last
 * matching rule decides; {@link org.switchboard.manager.acl.UserAcl} is a user's unnamed base
 * list plus its named ACLs, all of which must allow; {@link org.switchboard.manager.acl.NamedAcls}
 * holds acl.conf. Rule syntax, error texts and the {@code manager show user} dump follow
 * Asterisk 22.10.1; {@link org.switchboard.manager.acl.NumericAddress} reproduces its numeric
 * address parsing and printing.
 *
 * <p>One deliberate difference: when acl.conf cannot be used at all, Asterisk lets every named
 * ACL allow; here {@link org.switchboard.manager.acl.NamedAcls#fromConfig} throws, so the caller
 * can fail closed, and {@link org.switchboard.manager.acl.NamedAcls#none()} makes every named ACL
 * deny.
 */
package org.switchboard.manager.acl;
