package org.switchboard.pbx.pjsip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An endpoint's codec list built from its {@code allow} and {@code disallow} lines in order
 * (format_cap.c ast_format_cap_update_by_allow_disallow): comma or '|' separated names, {@code !}
 * inverting one name, {@code :ms} packetization ignored, {@code all} for every format; a name
 * already allowed keeps its place. Unknown names are logged and skipped.
 *
 * <p>Limit: {@code allow=all} appends the formats in the order of {@link #KNOWN}, not in the order
 * of Asterisk's codec registry.
 */
public final class Codecs {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.pjsip");

    /** The format names Asterisk 22 registers (main/codec_builtin.c, format_cache.c). */
    static final List<String> KNOWN = List.of("ulaw", "alaw", "gsm", "g726", "g726aal2", "adpcm", "slin",
            "slin12", "slin16", "slin24", "slin32", "slin44", "slin48", "slin96", "slin192", "lpc10", "g729",
            "speex", "speex16", "speex32", "ilbc", "g722", "siren7", "siren14", "testlaw", "g719", "opus", "codec2",
            "jpeg", "png", "h261", "h263", "h263p", "h264", "h265", "mpeg4", "vp8", "vp9", "red", "t140", "t38");
    private final List<String> formats = new ArrayList<>();

    /** Applies one {@code allow} ({@code allowing}) or {@code disallow} line. */
    public Codecs apply(String list, boolean allowing) {
        if (!allowing && list.isEmpty()) {
            return this;
        }
        String parse = list;
        if (parse.length() >= 2 && parse.startsWith("(") && parse.endsWith(")")) {
            parse = parse.substring(1, parse.length() - 1);
            if (allowing) {
                formats.clear();
            } else {
                addAll();
            }
        }
        for (String raw : parse.split("[,|]", -1)) {
            String item = raw.strip();
            boolean allow = allowing;
            if (item.startsWith("!")) {
                item = item.substring(1);
                allow = !allowing;
            }
            int colon = item.lastIndexOf(':');
            if (colon >= 0) {
                item = item.substring(0, colon);
            }
            String name = item.toLowerCase(Locale.ROOT);
            boolean all = name.equals("all");
            if (!all && !KNOWN.contains(name)) {
                log.warn("Cannot {} unknown format '{}'", allow ? "allow" : "disallow", item);
                continue;
            }
            if (all) {
                if (allow) {
                    addAll();
                } else {
                    formats.clear();
                }
            } else if (allow) {
                if (!formats.contains(name)) {
                    formats.add(name);
                }
            } else {
                formats.remove(name);
            }
        }
        return this;
    }

    private void addAll() {
        for (String f : KNOWN) {
            if (!formats.contains(f)) {
                formats.add(f);
            }
        }
    }

    public List<String> formats() {
        return List.copyOf(formats);
    }
}
