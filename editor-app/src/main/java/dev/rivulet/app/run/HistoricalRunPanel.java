package dev.rivulet.app.run;

import dev.rivulet.document.CanvasSettings;
import dev.rivulet.runtime.replay.TimeParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The historical run bar above the canvas: begin and end dates (UTC days, defaulting to the canvas's settings), the
 * speed (Full, 1x, 10x, 100x, 1000x), Start, Pause and Stop, a progress bar with the simulated time, and the outcome
 * ("Replay done: 1,204 events"). The replay runs on a copy of the canvas over the local stream history, so the saved
 * canvas is untouched and side effects are suppressed as in every historical run.
 *
 * <p>Usage: {@code panel.show(controller, doc.settings); box.getChildren().add(panel.node());}
 */
public final class HistoricalRunPanel {
    private static final List<String> SPEEDS = List.of("Full", "1x", "10x", "100x", "1000x");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
        .withZone(ZoneOffset.UTC);

    private final FlowPane root = new FlowPane(8, 4);
    private final DatePicker begin = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final ChoiceBox<String> speed = new ChoiceBox<>();
    private final Button start = new Button("Start replay");
    private final ToggleButton pause = new ToggleButton("Pause");
    private final Button stop = new Button("Stop");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label time = new Label();
    private final Label outcome = new Label();
    private final Supplier<LocalDate> today;
    private RunController shown;

    public HistoricalRunPanel(Runnable close, Supplier<LocalDate> today) {
        this.today = today;
        root.setId("historical-panel");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 8, 4, 8));
        root.setStyle("-fx-border-color: transparent transparent -color-border-default transparent;");
        begin.setId("historical-begin");
        end.setId("historical-end");
        begin.setPrefWidth(150);
        end.setPrefWidth(150);
        speed.setId("historical-speed");
        speed.getItems().setAll(SPEEDS);
        start.setId("historical-start");
        pause.setId("historical-pause");
        stop.setId("historical-stop");
        progress.setId("historical-progress");
        progress.setPrefWidth(180);
        time.setId("historical-time");
        time.getStyleClass().add("text-small");
        outcome.setId("historical-outcome");
        Button hide = new Button("Close");
        hide.setId("historical-close");
        hide.getStyleClass().add("flat");
        hide.setOnAction(e -> close.run());
        root.getChildren().addAll(new Label("Historical run from"), begin, new Label("to"), end, new Label("speed"),
            speed, start, pause, stop, progress, time, outcome, hide);
        // the bar wraps onto a second line rather than squeezing its controls to "..."
        root.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        start.setOnAction(e -> startReplay());
        pause.setOnAction(e -> {
            if (shown != null) {
                shown.setPaused(pause.isSelected());
            }
        });
        stop.setOnAction(e -> {
            if (shown != null) {
                shown.stop();
            }
        });
    }

    public FlowPane node() {
        return root;
    }

    /** Shows the panel for a canvas: its controller's progress, and dates and speed from its settings. */
    public void show(RunController controller, CanvasSettings settings) {
        shown = controller;
        CanvasSettings s = settings == null ? new CanvasSettings() : settings;
        LocalDate to = date(s.endDate, true).orElse(today.get());
        LocalDate from = date(s.beginDate, false).orElse(to.minusDays(1));
        begin.setValue(from);
        end.setValue(to);
        speed.setValue(speedLabel(s.speed));
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> controller.progress().get() < 0 ? 0
            : controller.progress().get(), controller.progress()));
        time.textProperty().bind(Bindings.createStringBinding(() -> controller.mode().get() == null
            && controller.engineTime().get() == 0 ? "" : TIME.format(Instant.ofEpochMilli(controller.engineTime()
            .get())), controller.engineTime(), controller.mode()));
        outcome.textProperty().bind(controller.notice());
        var active = Bindings.createBooleanBinding(controller::isActive, controller.phase());
        start.disableProperty().bind(active);
        stop.disableProperty().bind(active.not());
        pause.disableProperty().bind(Bindings.createBooleanBinding(() -> controller.mode().get()
            != dev.rivulet.core.RunMode.HISTORICAL, controller.mode()));
        pause.selectedProperty().unbind();
        pause.setSelected(controller.paused().get());
        controller.paused().addListener((o, a, b) -> {
            if (shown == controller) {
                pause.setSelected(b);
                pause.setText(b ? "Resume" : "Pause");
            }
        });
    }

    private void startReplay() {
        if (shown == null || begin.getValue() == null || end.getValue() == null) {
            return;
        }
        LocalDate a = begin.getValue();
        LocalDate b = end.getValue();
        if (b.isBefore(a)) {
            outcome.textProperty().unbind();
            outcome.setText("The end date is before the begin date");
            outcome.textProperty().bind(shown.notice());
            return;
        }
        long from = a.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = b.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        shown.runHistorical(from, to, speedValue(speed.getValue()));
    }

    static double speedValue(String label) {
        return label == null || label.equals("Full") ? 0 : Double.parseDouble(label.replace("x", ""));
    }

    private static String speedLabel(String setting) {
        if (setting == null || setting.isBlank() || setting.trim().equals("0")) {
            return "Full";
        }
        String label = setting.trim().replaceFirst("\\.0$", "") + "x";
        return SPEEDS.contains(label) ? label : "Full";
    }

    private static java.util.Optional<LocalDate> date(String text, boolean endBound) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            long millis = endBound ? TimeParser.parseEnd(text) : TimeParser.parse(text);
            return java.util.Optional.of(Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** For tests: the date pickers and controls. */
    DatePicker begin() {
        return begin;
    }

    DatePicker end() {
        return end;
    }
}
