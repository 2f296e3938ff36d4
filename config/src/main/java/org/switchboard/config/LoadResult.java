package org.switchboard.config;

import java.nio.file.Path;
import java.util.List;

/**
 * How one load of a file name (with its glob matches) ended, as ast_config_internal_load reports
 * it: a config, CONFIG_STATUS_FILEMISSING (NULL) or CONFIG_STATUS_FILEINVALID.
 *
 * @param problem       for INVALID, the line that stopped the load
 * @param missingReason for MISSING, why nothing could be read
 * @param files         the files that were read
 */
record LoadResult(Status status, ConfigNotice problem, String missingReason, List<Path> files) {

    enum Status { LOADED, MISSING, INVALID }

    static LoadResult missing(String reason) {
        return new LoadResult(Status.MISSING, null, reason, List.of());
    }
}
