package dev.rivulet.wallet.localnet;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code resources/devnet} (package.json + lock file of the pinned hardhat): from
 * {@code $RIVULET_DEVNET_DIR}, then above the jar or classes folder of {@code anchor} (editor-app/target/rivulet.jar
 * in a checkout), then above the working directory.
 *
 * <p>{@code Path dir = DevnetFolder.locate(Launcher.class);}
 */
public final class DevnetFolder {

    private DevnetFolder() {
    }

    /** @throws IllegalStateException saying where it looked when there is no resources/devnet */
    public static Path locate(Class<?> anchor) {
        List<Path> starts = new ArrayList<>();
        String env = System.getenv("RIVULET_DEVNET_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            starts.add(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source (unusual class loader): the working directory is still searched
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("resources").resolve("devnet");
                if (Files.isRegularFile(candidate.resolve("package.json"))) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("resources/devnet (the pinned hardhat set-up) was not found above " + starts
                + "; run from a Rivulet checkout, pass --devnet-dir, or set RIVULET_DEVNET_DIR");
    }
}
