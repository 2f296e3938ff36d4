/**
 * Extension names as Asterisk stores, matches and sorts them (pbx.c ext_strncpy, ext_cmp,
 * _extension_match_core). Pure functions on strings, no allocation on the matching path.
 */
package org.switchboard.pbx.dialplan.pattern;
