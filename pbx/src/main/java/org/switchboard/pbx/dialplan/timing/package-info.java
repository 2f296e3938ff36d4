/** Time conditions of includes, GotoIfTime, ExecIfTime and IFTIME (pbx_timing.c). */
package org.switchboard.pbx.dialplan.timing;
