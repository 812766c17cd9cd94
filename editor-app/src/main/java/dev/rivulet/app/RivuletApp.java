package dev.rivulet.app;

import dev.rivulet.app.dashboard.DashboardView;
import dev.rivulet.app.dashboard.DashboardsView;
import dev.rivulet.app.dashboard.DashboardsViewModel;
import dev.rivulet.app.dashboard.WidgetCatalog;
import dev.rivulet.app.start.StartPage;
import dev.rivulet.runtime.dashboard.DashboardRepository;
import dev.rivulet.app.streams.FileDialogs;
import dev.rivulet.app.streams.StreamsView;
import dev.rivulet.app.streams.StreamsViewModel;
import dev.rivulet.app.streams.TransportResolver;
import dev.rivulet.app.streams.WalletSigningGrants;
import dev.rivulet.runtime.engine.RealtimeSource;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.streams.signing.SigningPublisher;
import dev.rivulet.runtime.streams.signing.WalletStreamSigners;
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
import dev.rivulet.runtime.streams.LiveStreams;
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
import dev.rivulet.app.dashboard.HubWidgetSource;
import dev.rivulet.app.run.RunServices;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.store.CanvasTrust;
import dev.rivulet.runtime.store.RunStateStore;
import dev.rivulet.runtime.streams.history.RegistryHistory;
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
    private Stage dashboardsStage;
    private DashboardsView dashboardsPane;
    private String storeStatus;
    private Databases databases;
    private CanvasRepository canvases;
    private EditJournal journal;
    private LocalStreams streams;
    private Autosave autosave;
    private Stage walletStage;
    private Stage streamsStage;
    private StreamsView streamsPane;
    private SecretStore secrets;
    /** Broker, transports, realtime source and demo streams of the local streams (null without stores). */
    private LiveStreams live;
    /** Live stream data for the editor's realtime runs: each Stream module's stream on its own transport. */
    private RealtimeSource realtimeSource = RealtimeSource.NONE;
    /** Numbers this app's messages and signs those of streams the open wallet holds a grant for. */
    private SigningPublisher publisher;
    private EmbeddedEngine engine;
    private final HubWidgetSource dashboards = new HubWidgetSource();
    /** App-wide widget settings (the map tile server), from the preferences. */
    private final dev.rivulet.app.widgets.WidgetDefaults widgetDefaults = new dev.rivulet.app.widgets.WidgetDefaults();
    private dev.rivulet.app.settings.Preferences preferences;
    private final javafx.scene.control.Label walletStatus = new javafx.scene.control.Label("  ·  Wallet closed");
    /** Read by stream signing on engine and transport threads, set on the FX thread when the wallet opens. */
    private volatile DefaultWalletService wallet;
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
            // one secret store per data directory in this process (its file lock is per JVM)
            secrets = SecretStore.in(dataDirectory);
            publisher = new SigningPublisher(new WalletStreamSigners(() -> Optional.ofNullable(wallet)), "editor");
            live = new LiveStreams(streams, secrets, publisher, 42, Clock.systemUTC());
            try {
                live.settings().moveClearSecrets();
            } catch (RuntimeException e) {
                // a secret store that cannot be opened must not take the workspace down: the values stay where they are
                LOG.error("Stream transport credentials could not be moved into the secret store", e);
            }
            realtimeSource = live.source();
            storeStatus = "Stores ready";
        } catch (RuntimeException e) {
            LOG.error("Cannot open the stores in {}", dataDirectory.root(), e);
            storeStatus = "Stores unavailable: " + e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        // Stream modules take their outputs from the stream's schema; SendToStream publishes on its stream's transport
        ModuleRegistry registry = live == null ? ModuleRegistry.load() : live.bind(ModuleRegistry.load());
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
        // values of secret parameters typed in the inspector or found in opened files go to the app's secret store;
        // canvases (and so workspace.db) keep references (decision 0010)
        if (secrets != null) {
            window.workspace().setSecrets(new dev.rivulet.app.workspace.StoreSecretSink(secrets,
                window.workspace().viewModel().current()::get));
            window.workspace().viewModel().setImportFilter(doc -> dev.rivulet.runtime.secrets.CanvasSecrets
                .extract(doc, registry, secrets).document());
        }
        WorkspaceSettings settings = new WorkspaceSettings(databases.workspace());
        preferences = new dev.rivulet.app.settings.Preferences(settings, widgetDefaults);
        preferences.load();
        javafx.beans.property.DoubleProperty uiScale = window.workspace().viewModel().uiScale();
        uiScale.set(settings.uiScale());
        uiScale.addListener((o, a, b) -> background.submit(() -> {
            try {
                settings.setUiScale(b.doubleValue());
            } catch (RuntimeException e) {
                LOG.warn("Cannot store the UI scale", e);
            }
        }));
        window.showIn(stage);
        Stage startStage = startPage(registry, documents, window, stage);
        startStage.show();
        window.addMenu(windowMenu(startStage, stage, registry));
        walletStatus.setId("status-wallet");
        walletStatus.setOnMouseClicked(e -> openWallet(stage));
        window.addStatus(walletStatus);
        // the demo streams' recent history (first run: six hours) is written in the background, then they run live
        background.submit(() -> {
            try {
                live.demo().prepare(Duration.ofHours(6));
                live.demo().start();
            } catch (RuntimeException e) {
                LOG.error("The demo streams could not start", e);
            }
        });
        autosave = new Autosave(() -> documents.autosave(window.workspace().viewModel()), Platform::runLater,
            settings.autosaveInterval()).start();
    }

    /**
     * The live data of realtime runs started from the editor: every Stream module's stream is subscribed on the
     * transport chosen for it in the Streams pane, signature-checked.
     */
    RealtimeSource realtimeSource() {
        return realtimeSource;
    }

    /**
     * The editor's runs: one embedded engine whose registry runs only trusted custom code, resolves secret parameters
     * from the data directory's secret store (the app's one instance) and replays streams from the local history; live
     * data from each stream's transport; saved run state in workspace.db; dashboards told which canvases run.
     */
    private RunServices runServices(ModuleRegistry registry) {
        CanvasTrust trust = new CanvasTrust(databases.workspace(), registry, Clock.systemUTC());
        engine = new EmbeddedEngine(registry.withCustomCodePolicy(trust), secrets,
            new RegistryHistory(streams.history()));
        return new RunServices(engine, realtimeSource, trust, new RunStateStore(databases.workspace(),
            Clock.systemUTC()), dashboards, background, widgetDefaults);
    }

    /** The widget source of dashboards: the hubs of the canvases running in the editor. */
    public HubWidgetSource dashboards() {
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

    /**
     * Window > Canvases, Streams, Dashboards, Wallet and Preferences (the wallet and the dashboards open on first
     * use, so start-up never touches them).
     */
    private Menu windowMenu(Stage startStage, Stage owner, ModuleRegistry registry) {
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
        MenuItem dashboardsItem = new MenuItem("Dashboards");
        dashboardsItem.setOnAction(e -> {
            Stage st = dashboardsStage(owner, registry);
            st.show();
            st.toFront();
        });
        MenuItem walletItem = new MenuItem("Wallet");
        walletItem.setOnAction(e -> openWallet(owner));
        MenuItem preferencesItem = new MenuItem("Preferences…");
        preferencesItem.setId("menu-preferences");
        preferencesItem.setOnAction(e -> dev.rivulet.app.settings.PreferencesDialog.create(owner, preferences,
            background).show());
        Menu menu = new Menu("Window", null, canvasesItem, streamsItem, dashboardsItem, walletItem,
            new javafx.scene.control.SeparatorMenuItem(), preferencesItem);
        menu.setId("window-menu");
        return menu;
    }

    /** The Streams pane: the local registry and history, live messages through the in-process broker. */
    private Stage streamsStage(Stage owner) {
        if (streamsStage == null) {
            StreamsViewModel model = new StreamsViewModel(streams.registry(), streams.history(),
                live.settings(), TransportResolver.pooled(live.pool()),
                publisher, Clock.systemUTC(), Platform::runLater);
            model.useSigningGrants(new WalletSigningGrants(() -> Optional.ofNullable(wallet)));
            streamsPane = new StreamsView(model, FileDialogs.chooser());
            streamsStage = new Stage();
            streamsStage.initOwner(owner);
            streamsStage.setTitle("Rivulet: streams");
            streamsStage.setScene(new Scene(streamsPane, 1180, 700));
        }
        return streamsStage;
    }

    /** The Dashboards window: the workspace's dashboards, widgets picked from its canvases, fed by the runs. */
    private Stage dashboardsStage(Stage owner, ModuleRegistry registry) {
        if (dashboardsStage == null) {
            WidgetCatalog catalog = new WidgetCatalog(canvases, registry, widgetDefaults);
            DashboardsViewModel model = new DashboardsViewModel(
                new DashboardRepository(databases.workspace(), Clock.systemUTC()));
            dashboardsPane = new DashboardsView(model, catalog, dashboards, background,
                m -> DashboardView.present(m, dashboards, catalog));
            dashboardsStage = new Stage();
            dashboardsStage.initOwner(owner);
            dashboardsStage.setTitle("Rivulet: dashboards");
            dashboardsStage.setScene(new Scene(dashboardsPane, 1280, 800));
            dashboardsStage.setOnHidden(e -> dashboardsPane.setActive(false));
            dashboardsStage.setOnShown(e -> dashboardsPane.setActive(true));
        }
        return dashboardsStage;
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
        if (dashboardsPane != null) {
            dashboardsPane.dispose();
        }
        if (engine != null) {
            // running canvases stop first: they take their final snapshots and close their subscriptions
            engine.close();
        }
        if (live != null) {
            live.close();
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
