package dev.rivulet.app.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.runtime.demo.DemoStreams;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.history.HistoryWriter;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.streams.signing.SigningPublisher;
import dev.rivulet.runtime.streams.signing.StreamSigners;
import dev.rivulet.runtime.streams.transport.TransportPool;
import dev.rivulet.runtime.streams.transport.TransportSettings;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Streams pane over a real data directory, broker and demo feed, driven by real clicks and typing. */
@ExtendWith(ApplicationExtension.class)
class StreamsViewTest {
    private static final Path SCREENSHOT = Path.of("..", "docs", "screenshots", "streams.png");
    private static final StreamId TEMP = StreamId.parse("sensors/temp");

    @TempDir
    static Path tmp;

    private LocalStreams local;
    private HistoryWriter writer;
    private InProcessBroker broker;
    private DemoStreams demo;
    private StreamsViewModel model;
    private TransportSettings settings;
    private TransportPool pool;
    private StreamsView view;
    private Scene scene;

    private Stage window;

    @Start
    void start(Stage stage) throws Exception {
        // TestFX's primary stage, like the other robot tests: a new Stage may open behind windows earlier test
        // classes left open, and the robot's clicks would land on those
        window = stage;
        Path dir = Files.createTempDirectory(tmp, "data");
        try (Connection c = Databases.open(DataDirectory.open(Optional.of(dir))).workspace().connect();
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO canvases (id, name, created, updated, document) VALUES ('c1', 'Heat alert',"
                + " 0, 0, '{\"modules\": [{\"params\": [{\"name\": \"stream\", \"value\": \"sensors/temp\"}]}]}')");
        }
        local = LocalStreams.open(DataDirectory.open(Optional.of(dir)), Clock.systemUTC());
        writer = new HistoryWriter(local.history(), 10_000, 1_000, Clock.systemUTC());
        broker = new InProcessBroker(writer::record, 10_000);
        demo = new DemoStreams(local.registry(), local.history(), broker, Clock.systemUTC(), 42);
        demo.prepare(Duration.ofMinutes(10));
        settings = new TransportSettings(local.registry(),
            new SecretStore(dir.resolve("secrets"), new java.security.SecureRandom(), Clock.systemUTC()));
        pool = new TransportPool(broker, 100);
        model = new StreamsViewModel(local.registry(), local.history(), settings,
            TransportResolver.pooled(pool), new SigningPublisher(StreamSigners.NONE, "editor"),
            Clock.systemUTC(), Platform::runLater);
        view = new StreamsView(model, FileDialogs.chooser());
        scene = new Scene(view, 1280, 800);
        // windows that earlier test classes in this JVM left open would sit over this one and take the clicks
        List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide);
        stage.setScene(scene);
        stage.show();
        stage.toFront();
    }

    @AfterEach
    void close() throws Exception {
        demo.stop();
        onFx(() -> {
            view.dispose();
            return null;
        });
        pool.close();
        broker.close();
        writer.close();
    }

    @Test
    void pickingAnMqttBrokerWithALoginKeepsThePasswordOutOfStreamsDbAndShowsTheConnection(FxRobot robot)
        throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "mqtt://127.0.0.1:" + port;
        robot.clickOn("#new-stream");
        robot.clickOn("#stream-id").write("plant/pressure");
        robot.clickOn("#stream-name").write("Pressure");
        robot.clickOn("#transport-kind");
        robot.clickOn(robot.lookup(".list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
            && "MQTT broker".equals(c.getText())).<Node>query());
        robot.clickOn("#transport-url").write(url);
        robot.clickOn("#transport-username").write("plant");
        robot.clickOn("#transport-password").write("pw-4471");
        robot.clickOn("#save-stream");

        StreamId id = StreamId.parse("plant/pressure");
        assertThat(settings.get(id)).isEqualTo(new dev.rivulet.runtime.streams.transport.TransportChoice.Mqtt(url,
            "plant", "pw-4471", ""));
        try (Connection c = local.registry().database().connect(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT config FROM streams WHERE id = 'plant/pressure'")) {
            rs.next();
            assertThat(rs.getString(1)).contains("passwordRef").doesNotContain("pw-4471");
        }
        javafx.scene.control.Label status = robot.lookup("#transport-status").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().contains("plant @ " + url));
        assertThat(status.getText()).contains("of 100 queued while offline");
        assertThat(robot.lookup("#signature-status").queryLabeled().getText()).contains("unsigned");
        snapshot(Path.of("..", "docs", "screenshots", "streams-transport.png"));
    }

    @Test
    void createPublishPauseSearchAndDeleteAStreamByClicking(FxRobot robot) throws Exception {
        robot.clickOn("#new-stream");
        robot.clickOn("#stream-id").write("sensors/temp");
        robot.clickOn("#stream-name").write("Office temperature");
        addField(robot, 1);
        addField(robot, 2);
        List<Node> names = List.copyOf(robot.lookup(".field-name").queryAll());
        robot.clickOn(names.get(0)).write("temp");
        robot.clickOn(names.get(1)).write("room");
        ComboBox<?> secondType = (ComboBox<?>) List.copyOf(robot.lookup(".field-type").queryAll()).get(1);
        robot.clickOn(secondType);
        robot.clickOn(robot.lookup(".list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
            && "string".equals(c.getText())).<Node>query());
        robot.clickOn("#save-stream");

        StreamDefinition saved = local.registry().get(TEMP);
        assertThat(saved.name()).isEqualTo("Office temperature");
        assertThat(saved.fields()).containsExactly(new FieldDefinition("temp", FieldType.NUMBER),
            new FieldDefinition("room", FieldType.STRING));
        assertThat(listIds(robot)).contains("sensors/temp", "demo/ev-fleet");

        robot.clickOn("#publish-temp").write("21.5");
        robot.clickOn("#publish-room").write("lab");
        robot.clickOn("#publish-test");
        TableView<LiveRow> table = robot.lookup("#live-table").queryTableView();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no live row; status: " + model.statusProperty().get() + " / "
                + model.liveProblemProperty().get() + " / selected " + model.selectedProperty().get(), e);
        }
        assertThat(table.getItems().get(0).content()).isEqualTo("{temp=21.5, room=lab}");
        assertThat(robot.lookup("#live-rate").queryLabeled().getText()).isNotEqualTo("0.0 msg/s");

        robot.clickOn("#pause-live");
        assertThat(robot.lookup("#pause-live").queryLabeled().getText()).isEqualTo("Resume");
        robot.clickOn("#publish-test");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.live().receivedProperty().get() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("#pause-live");

        robot.clickOn("#streams-search").write("sensors");
        assertThat(listIds(robot)).containsExactly("sensors/temp");
        robot.clickOn("#streams-search").eraseText(7);
        assertThat(listIds(robot)).hasSize(4);

        showLiveDemoFleet(robot);
        snapshot(SCREENSHOT);

        robot.clickOn(robot.lookup("#streams-list .list-cell").match((Node n) ->
            n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                && c.getText().contains("sensors/temp")).<Node>query());
        robot.clickOn("#delete-stream");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("canvas \"Heat alert\" (c1)");
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
        assertThat(local.registry().find(TEMP)).isEmpty();
        assertThat(listIds(robot)).doesNotContain("sensors/temp");
    }

    private void showLiveDemoFleet(FxRobot robot) throws Exception {
        demo.start();
        robot.clickOn(robot.lookup("#streams-list .list-cell").match((Node n) ->
            n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                && c.getText().contains("demo/ev-fleet")).<Node>query());
        TableView<LiveRow> table = robot.lookup("#live-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() >= 25);
    }

    /** Clicks "Add field" and waits for the row and the layout: the button moves down under the new row. */
    private static void addField(FxRobot robot, int rows) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // the form scrolls; with a larger theme font (set by an earlier test class) the button is below the fold
        javafx.scene.control.ScrollPane form = robot.lookup("#stream-form-scroll").query();
        onFx(() -> {
            form.setVvalue(form.getVmax());
            return null;
        });
        robot.clickOn("#add-field");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".field-name").queryAll().size() == rows);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> listIds(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<StreamDefinition> list = robot.lookup("#streams-list").queryListView();
        return list.getItems().stream().map(d -> d.id().toString()).toList();
    }

    private void snapshot(Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(file.getParent());
        ImageIO.write(png, "png", file.toFile());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
