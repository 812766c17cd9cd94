package dev.rivulet.app;

import dev.rivulet.app.start.StartPage;
import dev.rivulet.app.workspace.Autosave;
import dev.rivulet.app.workspace.WorkspaceCanvasDocuments;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.EditJournal;
import dev.rivulet.runtime.workspace.WorkspaceSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: the composition root of the editor. Started by {@link DesktopLauncher}
 * with the data directory as a named parameter. The workspace database is the source of truth for canvases: the
 * start page lists them, every edit is journaled, saves and autosaves are versions.
 */
public final class RivuletApp extends Application {

    static final String DATA_DIR_PARAMETER = "--data-dir=";

    private static final Logger LOG = LoggerFactory.getLogger(RivuletApp.class);

    private DataDirectory dataDirectory;
    private String storeStatus;
    private Databases databases;
    private CanvasRepository canvases;
    private EditJournal journal;
    private LocalStreams streams;
    private Autosave autosave;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "rivulet-background");
        t.setDaemon(true);
        return t;
    });

    /** Runs on the launcher thread, so opening and migrating the stores never blocks the FX thread. */
    @Override
    public void init() {
        Optional<Path> override = Optional.ofNullable(getParameters().getNamed().get("data-dir")).map(Path::of);
        dataDirectory = DataDirectory.open(override);
        try {
            databases = Databases.open(dataDirectory);
            canvases = new CanvasRepository(databases.workspace(), Clock.systemUTC());
            journal = new EditJournal(canvases);
            streams = LocalStreams.open(dataDirectory, Clock.systemUTC());
            storeStatus = "Stores ready";
        } catch (RuntimeException e) {
            LOG.error("Cannot open the stores in {}", dataDirectory.root(), e);
            storeStatus = "Stores unavailable: " + e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        ModuleRegistry registry = ModuleRegistry.load();
        if (canvases == null) {
            // without a workspace the editor still works on files
            MainWindow window = new MainWindow(dataDirectory.root(), storeStatus, Platform::exit);
            window.workspace().viewModel().newCanvas();
            window.showIn(stage);
            return;
        }
        WorkspaceCanvasDocuments documents = new WorkspaceCanvasDocuments(canvases, journal);
        Supplier<List<String>> streamNames = () -> streams.registry().list().stream()
            .map(StreamDefinition::name).toList();
        MainWindow window = new MainWindow(registry, documents, streamNames, null, dataDirectory.root(), storeStatus,
            Platform::exit);
        window.showIn(stage);
        showStartPage(registry, documents, window, stage);
        autosave = new Autosave(() -> documents.autosave(window.workspace().viewModel()), Platform::runLater,
            new WorkspaceSettings(databases.workspace()).autosaveInterval()).start();
    }

    /** The start page (canvases of the workspace, their versions) in a window beside the editor. */
    private void showStartPage(ModuleRegistry registry, WorkspaceCanvasDocuments documents, MainWindow window,
                               Stage owner) {
        Stage startStage = new Stage();
        StartPage start = new StartPage(canvases, registry, background, id -> {
            documents.openStored(window.workspace().viewModel(), id).recoveryMessage()
                .ifPresent(message -> LOG.info("{}", message));
            owner.toFront();
        }, StartPage.previewInWindow(registry, canvases,
            id -> documents.openStored(window.workspace().viewModel(), id)));
        startStage.initOwner(owner);
        startStage.setTitle("Rivulet: canvases");
        startStage.setScene(new Scene(start.root(), 900, 600));
        startStage.show();
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.close();
        }
        if (journal != null) {
            journal.close();
        }
        background.shutdownNow();
    }
}
