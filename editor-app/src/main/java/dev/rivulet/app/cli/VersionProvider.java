package dev.rivulet.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} from the version file that Maven filters at build time. */
public final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/dev/rivulet/app/version.properties";

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {
            "rivulet " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /** The project version, or {@code "unknown"} when run from unfiltered sources. */
    public static String version() throws IOException {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        }
    }
}
