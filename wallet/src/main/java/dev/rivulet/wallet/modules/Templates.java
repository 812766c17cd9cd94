package dev.rivulet.wallet.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Solidity templates of resources/contracts/templates, packaged with the wallet. */
final class Templates {

    private Templates() {
    }

    static String source(String file) {
        try (InputStream in = Templates.class.getResourceAsStream("/dev/rivulet/wallet/templates/" + file)) {
            if (in == null) {
                throw new IllegalStateException("template " + file + " is missing from the wallet jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
