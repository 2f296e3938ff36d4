package org.switchboard.config;

/**
 * Turns a name written in a .conf file into the path string Asterisk opens: an absolute name as
 * it is, anything else under the configuration directory (config.c config_text_file_load builds
 * {@code "<configdir>/<name>"}; relative names never resolve against the including file).
 */
final class FileNames {
    private final String configDir;

    FileNames(String configDir) {
        this.configDir = configDir;
    }

    /** The native path string for a byte-string name; glob expansion happens afterwards. */
    String resolve(String byteStringName) {
        String name = CStrings.toNativeName(byteStringName);
        return name.startsWith("/") ? name : configDir + "/" + name;
    }
}
