package org.switchboard.manager.dialplan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The documentation Asterisk 22.10.1 carries for the dialplan applications and functions
 * Switchboard has: each one's synopsis, and a function's syntax (from the XML documentation of
 * the Asterisk source, read from {@code dialplan-docs.tsv}). What {@code core show applications}
 * and {@code core show functions} print.
 */
public final class DialplanDocs {
    /** One entry: the syntax ("" for applications) and the synopsis ("" when unknown). */
    public record Doc(String syntax, String synopsis) { }

    private static final Doc NONE = new Doc("", "");
    private static final DialplanDocs INSTANCE = load();

    private final Map<String, Doc> applications;
    private final Map<String, Doc> functions;

    private DialplanDocs(Map<String, Doc> applications, Map<String, Doc> functions) {
        this.applications = applications;
        this.functions = functions;
    }

    public static DialplanDocs get() {
        return INSTANCE;
    }

    /** An application's documentation, by name ignoring case. */
    public Doc application(String name) {
        return applications.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), NONE);
    }

    /** A function's documentation, by exact name. */
    public Doc function(String name) {
        return functions.getOrDefault(name, NONE);
    }

    private static DialplanDocs load() {
        Map<String, Doc> apps = new HashMap<>();
        Map<String, Doc> funcs = new HashMap<>();
        try (InputStream in = DialplanDocs.class.getResourceAsStream("dialplan-docs.tsv")) {
            if (in == null) {
                return new DialplanDocs(apps, funcs);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    continue;
                }
                Doc d = new Doc(f[2], f[3]);
                if (f[0].equals("APP")) {
                    apps.put(f[1].toLowerCase(java.util.Locale.ROOT), d);
                } else {
                    funcs.put(f[1], d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DialplanDocs(apps, funcs);
    }
}
