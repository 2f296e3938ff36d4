package org.switchboard.manager.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A small command for tests: fixed words, a scripted handler, recorded invocations. */
final class FakeCommand implements CliCommand {
    private final String command;
    private final String summary;
    private final String usage;
    private final Function<CliInvocation, CliResult> handler;
    private final List<String> argumentCandidates;
    final List<CliInvocation> invocations = new ArrayList<>();
    final List<Integer> completedPositions = new ArrayList<>();

    private FakeCommand(String command, String summary, String usage,
                        Function<CliInvocation, CliResult> handler, List<String> argumentCandidates) {
        this.command = command;
        this.summary = summary;
        this.usage = usage;
        this.handler = handler;
        this.argumentCandidates = argumentCandidates;
    }

    /** Prints "ran <command>" and succeeds. */
    static FakeCommand named(String command) {
        return new FakeCommand(command, "Summary of " + command, "Usage: " + command + "\n",
                inv -> {
                    inv.print("ran " + command + "\n");
                    return CliResult.SUCCESS;
                }, List.of());
    }

    static FakeCommand answering(String command, Function<CliInvocation, CliResult> handler) {
        return new FakeCommand(command, "Summary of " + command, "Usage: " + command + "\n", handler, List.of());
    }

    FakeCommand withSummary(String newSummary) {
        return new FakeCommand(command, newSummary, usage, handler, argumentCandidates);
    }

    FakeCommand withUsage(String newUsage) {
        return new FakeCommand(command, summary, newUsage, handler, argumentCandidates);
    }

    /** Offers these words at every argument position, whatever was typed. */
    FakeCommand completingWith(String... candidates) {
        return new FakeCommand(command, summary, usage, handler, List.of(candidates));
    }

    @Override
    public String command() {
        return command;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public CliResult execute(CliInvocation invocation) {
        invocations.add(invocation);
        return handler.apply(invocation);
    }

    @Override
    public List<String> complete(List<String> words, int position, String partial) {
        completedPositions.add(position);
        return argumentCandidates;
    }

    CliInvocation lastInvocation() {
        return invocations.get(invocations.size() - 1);
    }
}
