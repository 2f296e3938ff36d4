/** Asterisk's argument splitting for applications, functions and the AMI Variable header (app.c). */
package org.switchboard.pbx.dialplan.args;
