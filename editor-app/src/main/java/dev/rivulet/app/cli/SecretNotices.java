package dev.rivulet.app.cli;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFormat;
import dev.rivulet.runtime.secrets.CanvasSecrets;
import dev.rivulet.runtime.secrets.SecretLookup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The lines the canvas commands print about secret parameters (never their values). */
final class SecretNotices {
    private SecretNotices() {
    }

    /** One warning per secret parameter whose value the canvas file holds in plain text. */
    static void warnPlain(PrintWriter err, Path file, CanvasFormat format, CanvasDocument doc,
                          ModuleRegistry registry) {
        for (CanvasSecrets.SecretParam p : CanvasSecrets.plainSecrets(doc, registry)) {
            err.println("warning: " + file + ": " + p.where() + " holds a secret in plain text; `rivulet convert "
                + file + " " + file + " --format " + format.name().toLowerCase(Locale.ROOT)
                + "` moves it into the secret store");
        }
    }

    /** How to provide the secrets the canvas refers to that this data directory does not have; returns how many. */
    static int hintMissing(PrintWriter err, CanvasDocument doc, SecretLookup store) {
        List<String> missing = CanvasSecrets.missing(doc, store);
        for (String id : missing) {
            err.println("hint: the canvas refers to secret " + id + ", which this data directory does not have:"
                + " set it with `rivulet secrets set " + id + "`");
        }
        return missing.size();
    }
}
