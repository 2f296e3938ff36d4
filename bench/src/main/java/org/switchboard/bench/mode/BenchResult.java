package org.switchboard.bench.mode;

import org.switchboard.bench.stats.Figures;

/** What a mode measured; {@link #figures()} is the line the tool prints. */
public interface BenchResult {
    Figures figures();
}
