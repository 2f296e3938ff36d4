package org.switchboard.manager.transport.tls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PEM blocks of a file, in order. Text outside blocks is ignored, as OpenSSL's PEM reader
 * ignores it; RFC 1421 headers inside a block (such as {@code Proc-Type}) are kept apart.
 */
final class PemFile {

    /** One {@code -----BEGIN label-----} block and its decoded contents. */
    record Block(String label, Map<String, String> headers, byte[] der) {
        boolean isEncrypted() {
            return label.startsWith("ENCRYPTED ") || headers.getOrDefault("Proc-Type", "").contains("ENCRYPTED");
        }
    }

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    private final List<Block> blocks;

    private PemFile(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    List<Block> blocks() {
        return blocks;
    }

    /**
     * Splits {@code bytes} into blocks.
     *
     * @throws IllegalArgumentException for a block without its END line or with bad base64
     */
    static PemFile parse(byte[] bytes) {
        // ISO-8859-1 keeps every byte; PEM itself is ASCII
        String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r?\n|\r", -1);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = stripTrailing(lines[i++]);
            if (!line.startsWith(BEGIN) || !line.endsWith(DASHES) || line.length() < BEGIN.length() + DASHES.length()) {
                continue;
            }
            String label = line.substring(BEGIN.length(), line.length() - DASHES.length());
            String endLine = END + label + DASHES;
            Map<String, String> headers = new LinkedHashMap<>();
            StringBuilder base64 = new StringBuilder();
            boolean ended = false;
            while (i < lines.length) {
                String body = stripTrailing(lines[i++]);
                if (body.equals(endLine)) {
                    ended = true;
                    break;
                }
                int colon = body.indexOf(':');
                if (base64.length() == 0 && colon > 0) {
                    headers.put(body.substring(0, colon), body.substring(colon + 1).trim());
                } else {
                    base64.append(body.strip());
                }
            }
            if (!ended) {
                throw new IllegalArgumentException("the " + label + " block has no END line");
            }
            try {
                blocks.add(new Block(label, headers, Base64.getDecoder().decode(base64.toString())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the " + label + " block is not valid base64", e);
            }
        }
        return new PemFile(blocks);
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
