package org.switchboard.bench.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.switchboard.bench.mode.BenchException;
import org.switchboard.bench.mode.BenchResult;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A mode on the command line: runs it and prints its one line of figures. Exit code 0 when the
 * run was measured, 1 when it could not be (refused login, closed session, no answer), 2 for a
 * bad option.
 */
abstract class ModeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        BenchResult result;
        try {
            result = measure();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (BenchException | IOException e) {
            spec.commandLine().getErr().println("switchboard-bench " + spec.name() + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        spec.commandLine().getOut().println(result.figures());
        spec.commandLine().getOut().flush();
        return 0;
    }

    abstract BenchResult measure() throws IOException, BenchException;
}
