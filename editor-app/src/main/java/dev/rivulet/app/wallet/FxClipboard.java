package dev.rivulet.app.wallet;

import java.util.Map;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/** The JavaFX system clipboard; call on the FX thread. */
public final class FxClipboard implements ClipboardPort {

    @Override
    public void putText(String text) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }

    @Override
    public Optional<String> text() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? Optional.ofNullable(clipboard.getString()) : Optional.empty();
    }

    @Override
    public void clear() {
        Clipboard.getSystemClipboard().clear();
    }
}
