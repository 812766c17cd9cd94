package dev.rivulet.app;

import dev.rivulet.app.start.StartPage;
import dev.rivulet.app.streams.FileDialogs;
import dev.rivulet.app.streams.StreamsView;
import dev.rivulet.app.streams.StreamsViewModel;
import dev.rivulet.app.streams.TransportResolver;
import dev.rivulet.runtime.demo.DemoStreams;
import dev.rivulet.runtime.streams.history.HistoryWriter;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.MessageChain;
import dev.rivulet.runtime.streams.transport.TransportSettings;
import dev.rivulet.app.wallet.ClipboardGuard;
import dev.rivulet.app.wallet.ConfirmationDialog;
import dev.rivulet.app.wallet.FxClipboard;
import dev.rivulet.app.wallet.LocalDevnetStarter;
import dev.rivulet.app.wallet.WalletView;
import dev.rivulet.app.wallet.WalletViewModel;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.confirm.CallDecoder;
import dev.rivulet.wallet.confirm.ConfirmingApprover;
import dev.rivulet.wallet.confirm.WalletSettings;
import dev.rivulet.wallet.history.WalletDatabase;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.network.NetworkStore;
import java.time.Duration;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
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
    private Stage walletStage;
    private Stage streamsStage;
    private StreamsView streamsPane;
    private HistoryWriter historyWriter;
    private InProcessBroker broker;
    private DemoStreams demo;
    private dev.rivulet.runtime.engine.EmbeddedEngine engine;
    private final dev.rivulet.app.dashboard.HubWidgetSource dashboards = new dev.rivulet.app.dashboard.HubWidgetSource();
    private final javafx.scene.control.Label walletStatus = new javafx.scene.control.Label("  ·  Wallet closed");
    private DefaultWalletService wallet;
    private ClipboardGuard clipboard;
    private LocalDevnetStarter devnet;
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
            historyWriter = new HistoryWriter(streams.history(), 100_000, 10_000, Clock.systemUTC());
            broker = new InProcessBroker(historyWriter::record, 65_536);
            demo = new DemoStreams(streams.registry(), streams.history(), broker, Clock.systemUTC(), 42);
            demo.register();
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
        window.workspace().enableRuns(runServices(registry));
        window.showIn(stage);
        Stage startStage = startPage(registry, documents, window, stage);
        startStage.show();
        window.addMenu(windowMenu(startStage, stage));
        walletStatus.setId("status-wallet");
        walletStatus.setOnMouseClicked(e -> openWallet(stage));
        window.addStatus(walletStatus);
        // the demo streams' recent history (first run: six hours) is written in the background, then they run live
        background.submit(() -> {
            try {
                demo.prepare(Duration.ofHours(6));
                demo.start();
            } catch (RuntimeException e) {
                LOG.error("The demo streams could not start", e);
            }
        });
        autosave = new Autosave(() -> documents.autosave(window.workspace().viewModel()), Platform::runLater,
            new WorkspaceSettings(databases.workspace()).autosaveInterval()).start();
    }

    /**
     * The editor's runs: one embedded engine whose registry runs only trusted custom code, resolves secret parameters
     * from the data directory's secret store and replays streams from the local history; live data from the in-process
     * broker; saved run state in workspace.db; dashboards told which canvases run.
     */
    private dev.rivulet.app.run.RunServices runServices(ModuleRegistry registry) {
        dev.rivulet.runtime.store.CanvasTrust trust = new dev.rivulet.runtime.store.CanvasTrust(databases.workspace(),
            registry, Clock.systemUTC());
        engine = new dev.rivulet.runtime.engine.EmbeddedEngine(registry.withCustomCodePolicy(trust),
            dev.rivulet.runtime.secrets.SecretStore.in(dataDirectory),
            new dev.rivulet.runtime.streams.history.RegistryHistory(streams.history()));
        return new dev.rivulet.app.run.RunServices(engine, new dev.rivulet.app.run.TransportRealtimeSource(broker), trust,
            new dev.rivulet.runtime.store.RunStateStore(databases.workspace(), Clock.systemUTC()), dashboards,
            background);
    }

    /** The widget source of dashboards: the hubs of the canvases running in the editor. */
    public dev.rivulet.app.dashboard.HubWidgetSource dashboards() {
        return dashboards;
    }

    /** The start page (canvases of the workspace, their versions) in a window beside the editor. */
    private Stage startPage(ModuleRegistry registry, WorkspaceCanvasDocuments documents, MainWindow window,
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
        return startStage;
    }

    /** Window > Canvases and Window > Wallet (the wallet opens on first use, so start-up never touches it). */
    private Menu windowMenu(Stage startStage, Stage owner) {
        MenuItem canvasesItem = new MenuItem("Canvases");
        canvasesItem.setOnAction(e -> {
            startStage.show();
            startStage.toFront();
        });
        MenuItem streamsItem = new MenuItem("Streams");
        streamsItem.setOnAction(e -> {
            Stage st = streamsStage(owner);
            st.show();
            st.toFront();
        });
        MenuItem walletItem = new MenuItem("Wallet");
        walletItem.setOnAction(e -> openWallet(owner));
        Menu menu = new Menu("Window", null, canvasesItem, streamsItem, walletItem);
        menu.setId("window-menu");
        return menu;
    }

    /** The Streams pane: the local registry and history, live messages through the in-process broker. */
    private Stage streamsStage(Stage owner) {
        if (streamsStage == null) {
            StreamsViewModel model = new StreamsViewModel(streams.registry(), streams.history(),
                new TransportSettings(streams.registry()), TransportResolver.inProcessOnly(broker),
                new MessageChain("editor", MessageChain.randomId()), Clock.systemUTC(), Platform::runLater);
            streamsPane = new StreamsView(model, FileDialogs.chooser());
            streamsStage = new Stage();
            streamsStage.initOwner(owner);
            streamsStage.setTitle("Rivulet: streams");
            streamsStage.setScene(new Scene(streamsPane, 1180, 700));
        }
        return streamsStage;
    }

    private void openWallet(Stage owner) {
        try {
            Stage w = walletStage(owner);
            w.show();
            w.toFront();
        } catch (RuntimeException ex) {
            LOG.error("Cannot open the wallet", ex);
            new Alert(Alert.AlertType.ERROR, "The wallet cannot be opened: " + ex.getMessage()).showAndWait();
        }
    }

    private Stage walletStage(Stage owner) {
        if (walletStage != null) {
            return walletStage;
        }
        Path walletDir = dataDirectory.root().resolve("wallet");
        WalletDatabase db = WalletDatabase.open(walletDir);
        NetworkStore networks = NetworkStore.open(walletDir);
        Stage stage = new Stage();
        ConfirmingApprover approver = new ConfirmingApprover(CallDecoder.standard(), new ConfirmationDialog(() -> stage),
            new WalletSettings(db));
        wallet = new DefaultWalletService(new Keyring(walletDir, KdfParams.STANDARD, Clock.systemUTC(),
            Duration.ofMinutes(15)), networks.selected(), approver, db, Duration.ofSeconds(1), Clock.systemUTC(),
            DefaultWalletService.DEFAULT_DROP_AFTER);
        clipboard = new ClipboardGuard(new FxClipboard(), Clock.systemUTC());
        devnet = new LocalDevnetStarter(8545);
        WalletViewModel vm = new WalletViewModel(wallet, networks, clipboard, background, Platform::runLater, devnet);
        walletStatus.textProperty().bind(javafx.beans.binding.Bindings.when(vm.locked)
            .then("  ·  Wallet locked").otherwise("  ·  Wallet unlocked"));
        stage.initOwner(owner);
        stage.setTitle("Rivulet: wallet");
        stage.setScene(new Scene(new WalletView(vm, url -> getHostServices().showDocument(url)), 1180, 640));
        walletStage = stage;
        return stage;
    }

    @Override
    public void stop() {
        if (wallet != null) {
            // locking clears a copied key from the clipboard too
            wallet.lock();
            wallet.close();
        }
        if (devnet != null) {
            devnet.close();
        }
        if (streamsPane != null) {
            streamsPane.dispose();
        }
        if (engine != null) {
            // running canvases stop first: they take their final snapshots and close their subscriptions
            engine.close();
        }
        if (demo != null) {
            demo.stop();
        }
        if (broker != null) {
            broker.close();
        }
        if (historyWriter != null) {
            historyWriter.close();
        }
        if (autosave != null) {
            autosave.close();
        }
        if (journal != null) {
            journal.close();
        }
        // the runs' final snapshots are written on this executor: let them finish
        background.shutdown();
        try {
            if (!background.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)) {
                background.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            background.shutdownNow();
        }
    }
}
