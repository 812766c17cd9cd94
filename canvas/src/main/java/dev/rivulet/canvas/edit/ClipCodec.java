package dev.rivulet.canvas.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormat;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.document.ModuleCatalog;
import dev.rivulet.document.NativeCodec;
import dev.rivulet.document.StreamrCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Clips as clipboard text: written as a native canvas document, read back from native or Streamr canvas JSON (so a
 * canvas copied out of a text editor or Streamr pastes too).
 *
 * <p>Usage: {@code String json = codec.write(clip); CanvasClip back = codec.read(json);}
 */
public final class ClipCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final NativeCodec nativeCodec = new NativeCodec();
    private final StreamrCodec streamrCodec;

    public ClipCodec(ModuleCatalog catalog) {
        this.streamrCodec = new StreamrCodec(catalog);
    }

    public String write(CanvasClip clip) {
        return nativeCodec.write(clip.toDocument());
    }

    /** The clip in clipboard text; a clear {@link CanvasFormatException} when the text is not a canvas. */
    public CanvasClip read(String text) throws CanvasFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(text == null ? "" : text);
        } catch (Exception e) {
            throw CanvasFormatException.file("clipboard", "the clipboard does not hold canvas JSON", e);
        }
        CanvasFormat format = CanvasFiles.detect(root, "clipboard");
        if (format == CanvasFormat.NATIVE) {
            return CanvasClip.of(nativeCodec.fromTree(root, "clipboard"));
        }
        List<String> problems = new ArrayList<>();
        return CanvasClip.of(streamrCodec.fromTree(root, "clipboard", problems));
    }
}
