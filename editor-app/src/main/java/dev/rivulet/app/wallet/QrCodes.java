package dev.rivulet.app.wallet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** QR codes (zxing core) drawn into JavaFX images; {@code QrCodes.image("ethereum:0x…", 4)}. */
public final class QrCodes {

    private QrCodes() {
    }

    /** The module matrix (true = dark) including the quiet zone. */
    public static boolean[][] modules(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    modules[y][x] = matrix.get(x, y);
                }
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code: " + e.getMessage(), e);
        }
    }

    /** The code with {@code scale} pixels per module. */
    public static WritableImage image(String text, int scale) {
        boolean[][] modules = modules(text);
        int size = modules.length;
        WritableImage image = new WritableImage(size * scale, size * scale);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < size * scale; y++) {
            for (int x = 0; x < size * scale; x++) {
                pixels.setColor(x, y, modules[y / scale][x / scale] ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
