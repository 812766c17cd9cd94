package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.Partitioner;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.history.HistoryExport;
import dev.rivulet.runtime.streams.history.HistoryImport;
import dev.rivulet.runtime.streams.history.HistoryStore;
import dev.rivulet.runtime.streams.signing.SignatureCounts;
import dev.rivulet.runtime.streams.signing.SigningPublisher;
import dev.rivulet.runtime.streams.signing.VerifyingTransport;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import dev.rivulet.runtime.streams.transport.Subscription;
import dev.rivulet.runtime.streams.transport.TransportChoice;
import dev.rivulet.runtime.streams.transport.TransportSettings;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Streams pane's state and actions over the real registry, history and transports: the searched list, the
 * selected stream with its transport choice, save (create or edit), delete (after the view has shown the usages),
 * live messages of the selection ({@link LiveFeed}, each with its signature check), the transport's connection
 * state and offline queue, test messages (signed when the wallet holds a grant for the stream), and history
 * import/export. Called on the UI thread; transport callbacks are handed to it through {@code ui}.
 *
 * <p>Usage: {@code new StreamsViewModel(registry, history, new TransportSettings(registry, secrets),
 * TransportResolver.pooled(pool), new SigningPublisher(signers, "editor"), clock, Platform::runLater)}
 */
public final class StreamsViewModel implements AutoCloseable {
    private final StreamRegistry registry;
    private final HistoryStore history;
    private final TransportSettings settings;
    private final TransportResolver transports;
    private final SigningPublisher publisher;
    private final Clock clock;
    private final Executor ui;
    private final ObservableList<StreamDefinition> streams = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<StreamDefinition> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<TransportChoice> transport = new SimpleObjectProperty<>(new TransportChoice.InProcess());
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty liveProblem = new SimpleStringProperty("");
    private final StringProperty transportStatus = new SimpleStringProperty("");
    private final StringProperty signatures = new SimpleStringProperty("");
    private SignatureCounts counts;
    private SigningGrants grants = SigningGrants.NONE;
    private final LiveFeed live = new LiveFeed();
    private Subscription subscription;

    public StreamsViewModel(StreamRegistry registry, HistoryStore history, TransportSettings settings,
                            TransportResolver transports, SigningPublisher publisher, Clock clock, Executor ui) {
        this.registry = registry;
        this.history = history;
        this.settings = settings;
        this.transports = transports;
        this.publisher = publisher;
        this.clock = clock;
        this.ui = ui;
        search.addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObservableList<StreamDefinition> streams() {
        return streams;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<StreamDefinition> selectedProperty() {
        return selected;
    }

    /** The selected stream's transport choice. */
    public ObjectProperty<TransportChoice> transportProperty() {
        return transport;
    }

    /** The outcome of the last action, or what went wrong, in words. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Why live messages of the selection cannot be shown (its transport is not served), or "". */
    public StringProperty liveProblemProperty() {
        return liveProblem;
    }

    public LiveFeed live() {
        return live;
    }

    /** The selected stream's transport: connection state with its reason and the offline queue against its bound. */
    public StringProperty transportStatusProperty() {
        return transportStatus;
    }

    /** Who signs test messages of the selection, and the signature checks of what was received. */
    public StringProperty signaturesProperty() {
        return signatures;
    }

    /** Where the per-stream signing consent is kept (the app's wallet); none by default. */
    public void useSigningGrants(SigningGrants grants) {
        this.grants = grants;
    }

    /** The wallet accounts that could be granted signing (empty while no wallet is open). */
    public List<String> signingAccounts() {
        return grants.accounts();
    }

    /** Lets {@code account} sign the selected stream's published messages from now on (the user's one consent). */
    public void grantSigning(String account) {
        StreamDefinition def = requireSelected();
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("choose the wallet account that signs " + def.id());
        }
        grants.grant(def.id(), account);
        status.set("Messages published to " + def.id() + " are signed by " + account + " while the wallet is unlocked");
        tick(clock.millis());
    }

    /** Withdraws the selected stream's signing grant: its messages go out unsigned. */
    public void revokeSigning() {
        StreamDefinition def = requireSelected();
        grants.revoke(def.id());
        status.set("Messages published to " + def.id() + " are no longer signed");
        tick(clock.millis());
    }

    /** Called once a second by the view: the rate, the transport's status and the signature tallies. */
    public void tick(long now) {
        live.tick(now);
        StreamDefinition def = selected.get();
        if (def == null) {
            transportStatus.set("");
            signatures.set("");
            return;
        }
        transportStatus.set(transports.status(transport.get()).describe());
        String signer;
        try {
            signer = publisher.signerOf(def.id()).map(a -> "Signing as " + a)
                .orElse("Publishing unsigned (no grant in an unlocked wallet)");
        } catch (RuntimeException e) {
            signer = "Publishing unsigned (" + e.getMessage() + ")";
        }
        signatures.set(signer + (counts == null ? "" : " · received " + counts.summary()));
    }

    /** Reloads the list for the current search, keeping the selection when the stream is still listed. */
    public void refresh() {
        streams.setAll(registry.search(search.get()));
        StreamDefinition sel = selected.get();
        if (sel != null) {
            select(streams.stream().filter(d -> d.id().equals(sel.id())).findFirst().orElse(null));
        }
    }

    /** Selects a stream (or none): its transport is read and its live messages shown from now on. */
    public void select(StreamDefinition def) {
        StreamDefinition before = selected.get();
        if (def != null && before != null && before.id().equals(def.id()) && subscription != null) {
            selected.set(def);
            return;
        }
        unsubscribe();
        liveProblem.set("");
        if (def == null) {
            selected.set(null);
            live.reset(0);
            return;
        }
        // the transport is read before the selection changes, so listeners of the selection see the stream's own
        List<StreamMessage> last = history.last(def.id(), 1);
        live.reset(last.isEmpty() ? 0 : last.get(0).timestamp());
        transport.set(new TransportChoice.InProcess());
        try {
            // a credential missing from the secret store is said here (the form shows in-process until re-entered)
            transport.set(settings.get(def.id()));
            StreamTransport t = transports.transportFor(transport.get());
            // the pool's transports verify already; a bare one (tests, tools) is wrapped for this subscription only
            VerifyingTransport v = t instanceof VerifyingTransport vt ? vt : new VerifyingTransport(t);
            counts = v.counts(def.id());
            subscription = v.subscribeVerified(def.id(), Set.of(), (m, verdict) -> ui.execute(() -> {
                if (subscription != null && subscription.stream().equals(m.streamId())) {
                    live.accept(m, verdict, clock.millis());
                }
            }));
        } catch (RuntimeException e) {
            liveProblem.set(e.getMessage());
        }
        // last, so that a listener selecting the same stream again finds it subscribed already
        selected.set(def);
        tick(clock.millis());
    }

    /** Creates the stream, or edits it when it exists; stores its transport; selects it. */
    public StreamDefinition save(StreamDraft draft) {
        StreamDefinition def = draft.toDefinition();
        boolean exists = registry.find(def.id()).isPresent();
        StreamDefinition saved = exists ? registry.edit(def) : registry.create(def);
        settings.set(saved.id(), draft.transport());
        unsubscribe(); // the transport may have changed: subscribe again
        refresh();
        select(saved);
        status.set((exists ? "Saved " : "Created ") + saved.id() + " (schema v" + saved.schemaVersion() + ")");
        return saved;
    }

    /** The canvases that use the stream, for the confirmation before {@link #delete}. */
    public List<String> usages(StreamId id) {
        return registry.usages(id);
    }

    /** Deletes the stream and its history (the user has confirmed, seeing {@link #usages}). */
    public void delete(StreamId id) {
        if (selected.get() != null && selected.get().id().equals(id)) {
            select(null);
        }
        registry.delete(id, true);
        settings.forget(id);
        refresh();
        status.set("Deleted " + id);
    }

    /**
     * Publishes a test message on the selected stream's transport.
     *
     * @param text         field name to the text typed for it
     * @param partitionKey chooses the partition (Streamr's hash); blank for partition 0
     */
    public CompletableFuture<Void> publishTest(Map<String, String> text, String partitionKey) {
        StreamDefinition def = requireSelected();
        Map<String, Object> content = TestMessages.content(def.fields(), text);
        int partition = partitionKey == null || partitionKey.isBlank() ? 0
            : Partitioner.partition(def.partitions(), partitionKey.trim());
        StreamMessage m = publisher.message(def.id(), partition, clock.millis(), content);
        String how = m.signature() == null ? " (unsigned)" : " signed by " + m.publisherId();
        return transports.transportFor(transport.get()).publish(m).whenComplete((v, t) -> ui.execute(() ->
            status.set(t == null ? "Published a test message on " + def.id() + " partition " + partition + how
                : "Publishing failed: " + rootMessage(t))));
    }

    /** Imports a CSV or JSON-lines file (by its extension) into the selected stream's history. */
    public long importHistory(Path file) {
        StreamDefinition def = requireSelected();
        HistoryImport.Result r = isCsv(file) ? new HistoryImport(history).csv(def.id(), file)
            : new HistoryImport(history).jsonLines(def.id(), file);
        status.set("Imported " + r.added() + " of " + r.read() + " messages from " + file.getFileName());
        List<StreamMessage> last = history.last(def.id(), 1);
        last.stream().findFirst().ifPresent(m -> live.lastMessageProperty().set(
            Math.max(live.lastMessageProperty().get(), m.timestamp())));
        return r.added();
    }

    /** Exports the selected stream's whole history as CSV or JSON lines (by the file's extension). */
    public long exportHistory(Path file) throws IOException {
        StreamDefinition def = requireSelected();
        long n;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            HistoryExport export = new HistoryExport(history);
            n = isCsv(file) ? export.csv(def.id(), Long.MIN_VALUE, Long.MAX_VALUE, w)
                : export.jsonLines(def.id(), Long.MIN_VALUE, Long.MAX_VALUE, w);
        }
        status.set("Exported " + n + " messages to " + file.getFileName());
        return n;
    }

    /** Messages stored for the selected stream. */
    public long storedCount() {
        return Optional.ofNullable(selected.get()).map(d -> history.count(d.id())).orElse(0L);
    }

    @Override
    public void close() {
        unsubscribe();
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c instanceof java.util.concurrent.CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private StreamDefinition requireSelected() {
        StreamDefinition def = selected.get();
        if (def == null) {
            throw new IllegalStateException("select a stream first");
        }
        return def;
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        counts = null;
    }
}
