/**
 * AMI event filters (spec 01 §4): {@link org.switchboard.manager.filter.EventFilterParser} turns a
 * manager.conf {@code eventfilter} entry or a {@code Filter} action into an
 * {@link org.switchboard.manager.filter.EventFilter} exactly as Asterisk's
 * {@code manager_add_filter} does, or into the failure Asterisk reports; a
 * {@link org.switchboard.manager.filter.FilterSet} decides, as {@code should_send_event}, whether a
 * session receives an event.
 */
package org.switchboard.manager.filter;
