package dev.rivulet.app.wallet;

import java.util.Optional;

/** The system clipboard as {@link ClipboardGuard} needs it; {@link FxClipboard} is the JavaFX one (FX thread only). */
public interface ClipboardPort {

    void putText(String text);

    Optional<String> text();

    void clear();
}
