package dev.rivulet.app.widgets;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/** "CSV…" of a chart: asks where, then writes what the chart shows there. */
final class ChartExport {
    /** Writes CSV content. */
    interface Content {
        void write(Writer out) throws IOException;
    }

    void choose(Node owner, Content content) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the chart as CSV");
        chooser.setInitialFileName("chart.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (file != null) {
            write(file.toPath(), content);
        }
    }

    static void write(Path file, Content content) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.write(out);
        } catch (IOException e) {
            new Alert(Alert.AlertType.ERROR, "The chart could not be written to " + file + ": " + e.getMessage())
                .show();
        }
    }

    static String csvText(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
