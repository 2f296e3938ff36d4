package org.switchboard.bench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "jmh",
        description = "Run the JMH benchmarks (org.switchboard.bench.jmh); every argument goes to JMH, "
                + "e.g. 'jmh AmiParserBenchmark -f 1 -wi 3 -i 5' or 'jmh -h'.")
final class JmhCommand implements Callable<Integer> {
    @Unmatched
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(arguments.toArray(new String[0]));
        return 0;
    }
}
