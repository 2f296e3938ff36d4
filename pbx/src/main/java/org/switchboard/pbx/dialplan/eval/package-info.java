/**
 * Evaluation of dialplan text: variable scopes (the channel layer implements
 * {@link org.switchboard.pbx.dialplan.eval.VariableScope}), the globals, the function registry,
 * the shared {@link org.switchboard.pbx.dialplan.eval.DialplanRuntime}, the
 * {@link org.switchboard.pbx.dialplan.eval.EvalContext} the channel layer extends, and
 * {@link org.switchboard.pbx.dialplan.eval.Substitution} (pbx_variables.c).
 */
package org.switchboard.pbx.dialplan.eval;
