package dev.rivulet.app.workspace;

import dev.rivulet.app.MainWindow;
import dev.rivulet.app.dashboard.HubWidgetSource;
import dev.rivulet.app.run.RunController;
import dev.rivulet.app.run.RunServices;
import dev.rivulet.canvas.CanvasView;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.InProcessRealtimeSource;
import dev.rivulet.runtime.store.CanvasTrust;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.store.RunStateStore;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.streams.history.RegistryHistory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workspace window over a real data directory (workspace.db, streams.db), a real embedded engine replaying the
 * local stream history, and an in-process realtime source the test publishes to: what the app composes, minus the
 * start page.
 */
final class RunFixture {
    static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    final RecordingDialogs dialogs = new RecordingDialogs();
    final Path dataDir;
    final Databases databases;
    final LocalStreams streams;
    final InProcessRealtimeSource live = new InProcessRealtimeSource();
    final HubWidgetSource dashboards = new HubWidgetSource();
    final RunStateStore runStates;
    final EmbeddedEngine engine;
    final ExecutorService background = Executors.newFixedThreadPool(2);
    final MainWindow window;
    final WorkspaceViewModel vm;
    final CanvasTrust trust;

    RunFixture(Stage stage, Path dataDir) {
        this.dataDir = dataDir;
        DataDirectory dir = DataDirectory.open(Optional.of(dataDir));
        databases = Databases.open(dir);
        streams = LocalStreams.open(dir, Clock.systemUTC());
        runStates = new RunStateStore(databases.workspace(), Clock.systemUTC());
        trust = new CanvasTrust(databases.workspace(), REGISTRY, Clock.systemUTC());
        // as the app does: the engine runs only custom code the trust records allow
        engine = new EmbeddedEngine(REGISTRY.withCustomCodePolicy(trust), new RegistryHistory(streams.history()));
        window = new MainWindow(REGISTRY, null, List::of, dialogs, dataDir, "Stores ready", () -> { });
        window.workspace().enableRuns(new RunServices(engine, live, trust, runStates, dashboards, background));
        vm = window.workspace().viewModel();
        stage.setScene(new Scene(window.root(), 1440, 900));
        stage.show();
    }

    OpenCanvas open(CanvasDocument doc) {
        return vm.openDocument(doc, "Run test", null);
    }

    CanvasView view() {
        return window.workspace().currentView();
    }

    RunController controller() {
        return window.workspace().runController(vm.current().get());
    }

    void close() {
        engine.close();
        background.shutdownNow();
    }

    static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }
}
