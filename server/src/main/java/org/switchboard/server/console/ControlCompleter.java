package org.switchboard.server.console;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.control.ControlClient;

/**
 * Tab completion in the console, answered by the server's CLI registry: the line up to the
 * cursor goes over the control socket and the candidates come back for the word being typed.
 */
public final class ControlCompleter implements Completer {
    private static final Logger LOG = LoggerFactory.getLogger(ControlCompleter.class);

    private final ControlClient client;
    private final Charset charset;

    public ControlCompleter(ControlClient client, Charset charset) {
        this.client = client;
        this.charset = charset;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String upToCursor = line.line().substring(0, Math.min(line.cursor(), line.line().length()));
        try {
            for (byte[] candidate : client.complete(upToCursor.getBytes(charset))) {
                candidates.add(new Candidate(new String(candidate, charset)));
            }
        } catch (IOException e) {
            LOG.debug("Completion failed: {}", e.toString());
        }
    }
}
