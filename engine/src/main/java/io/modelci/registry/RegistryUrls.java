package io.modelci.registry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a user gives ({@code --registry}, {@code MODELCI_REGISTRY}, nothing) into a JDBC URL, and hides
 * credentials when a URL is shown.
 *
 * <p>Embedded H2 URLs get {@code AUTO_SERVER=TRUE}: the first process to open the file serves it on a loopback
 * port and every other process connects to that one, so several {@code modelci} processes and a Jenkins
 * controller can share one file, and each transaction still sees the others' row locks. A process-wide file lock
 * would serialise whole processes (and a Jenkins controller holding the registry would block every command line
 * user); AUTO_SERVER keeps the row-level compare-and-set and hands the file over when its owner exits or dies.
 * {@code WRITE_DELAY=0} writes every commit to the file before the commit returns, so a promotion that was
 * reported survives a killed process. {@code LOCK_TIMEOUT} lets 16 concurrent promoters queue on a row lock.
 */
public final class RegistryUrls {
    /** The database file name inside a registry folder ({@code registry.mv.db}). */
    public static final String H2_FILE_NAME = "registry";

    private static final String[][] H2_DEFAULTS = {
            {"AUTO_SERVER", "TRUE"}, {"LOCK_TIMEOUT", "10000"}, {"WRITE_DELAY", "0"}};
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|pwd)=[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");

    private RegistryUrls() {
    }

    /** The embedded H2 URL of a registry folder. */
    public static String forFolder(final Path folder) {
        return withH2Defaults("jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve(H2_FILE_NAME));
    }

    /**
     * The JDBC URL for a user's choice: a JDBC URL is used as given (embedded H2 file URLs get the multi-process
     * settings they lack), anything else is a registry folder, and null or blank means {@code defaultFolder}.
     */
    public static String resolve(final String urlOrFolder, final Path defaultFolder) {
        if (urlOrFolder == null || urlOrFolder.isBlank()) {
            return forFolder(defaultFolder);
        }
        String value = urlOrFolder.trim();
        if (!value.startsWith("jdbc:")) {
            return forFolder(Path.of(value));
        }
        Dialect.of(value);
        if (isH2File(value)) {
            return withH2Defaults(value);
        }
        return value;
    }

    /** Whether a URL names an H2 database in a local file (not in memory, not a remote server). */
    static boolean isH2File(final String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }

    /** The database file of an H2 file URL ({@code …/registry.mv.db}). */
    static Path h2DatabaseFile(final String url) {
        String path = url.substring("jdbc:h2:".length());
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            path = path.substring(0, semicolon);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path + ".mv.db");
    }

    private static String withH2Defaults(final String url) {
        StringBuilder result = new StringBuilder(url);
        String upper = url.toUpperCase(Locale.ROOT);
        for (String[] setting : H2_DEFAULTS) {
            if (!upper.contains(";" + setting[0] + "=")) {
                result.append(';').append(setting[0]).append('=').append(setting[1]);
            }
        }
        return result.toString();
    }

    /** The URL with any password (and user info before {@code @}) replaced by {@code ***}: safe to print. */
    public static String mask(final String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1=***");
        return USER_INFO.matcher(masked).replaceAll("//***@");
    }
}
