/**
 * Modules over AMI and the CLI: ModuleCheck and ModuleLoad (manager.c) and {@code module show},
 * {@code module reload}, {@code module load}, {@code module unload} (cli.c), on the
 * {@link org.switchboard.pbx.module.ModuleRegistry}. The Reload action and {@code core reload} go
 * through the same registry via {@link org.switchboard.manager.ManagerReloader}.
 */
package org.switchboard.manager.module;
