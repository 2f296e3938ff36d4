package org.switchboard.server;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.Switchboard;
import org.switchboard.manager.cli.CliService;

/** Starts the real, embeddable {@link Switchboard}. */
final class SwitchboardStarter implements RunningServer.Starter {

    @Override
    public RunningServer start(Path configDir, Optional<Path> dataDir) throws Exception {
        Switchboard.Builder builder = Switchboard.builder().configDir(configDir);
        dataDir.ifPresent(builder::dataDir);
        Switchboard switchboard = builder.start();
        return new RunningServer() {
            @Override
            public CliService cli() {
                return switchboard.cliService();
            }

            @Override
            public Path runDir() {
                return switchboard.directories().runDir();
            }

            @Override
            public Optional<InetSocketAddress> amiAddress() {
                return switchboard.amiAddress();
            }

            @Override
            public Optional<InetSocketAddress> tlsAddress() {
                return switchboard.tlsAddress();
            }

            @Override
            public CompletionStage<Void> stopRequested() {
                return switchboard.stopRequested();
            }

            @Override
            public void close() {
                switchboard.close();
            }
        };
    }
}
