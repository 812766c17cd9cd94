package dev.rivulet.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.PortNode;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.EditJournal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret typed in the inspector goes to the secret store; workspace.db, its journal and versions get a reference. */
class InspectorSecretsTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final String PASSWORD = "correct-horse-battery-staple-77";
    private static final String SECOND = "tr0ub4dor-and-3-more-words";

    @TempDir
    Path dir;

    @Test
    void aSecretParameterEditedInTheInspectorIsStoredApartAndOnlyItsReferenceReachesWorkspaceDb() throws Exception {
        DataDirectory data = DataDirectory.open(Optional.of(dir));
        CanvasRepository canvases = new CanvasRepository(Databases.open(data).workspace(), Clock.systemUTC());
        SecretStore store = new SecretStore(dir.resolve(SecretStore.FOLDER), new SecureRandom(), Clock.systemUTC());
        OpenCanvas canvas;
        String firstRef;
        try (EditJournal journal = new EditJournal(canvases)) {
            WorkspaceViewModel vm = new WorkspaceViewModel(REGISTRY, new CanvasFiles(REGISTRY),
                new WorkspaceCanvasDocuments(canvases, journal));
            canvas = vm.newCanvas();
            EditSession session = canvas.session();
            int email = session.addModule("email", 40, 40);
            InspectorViewModel inspector = new InspectorViewModel();
            inspector.setSecrets(new StoreSecretSink(store, vm.current()::get));
            inspector.show(session, email);

            assertThat(inspector.setField(password(inspector), PASSWORD).done()).isTrue();
            firstRef = param(session, email).secretRef();
            assertThat(password(inspector).value()).isEqualTo("");
            vm.save(canvas);
            assertThat(inspector.setField(password(inspector), SECOND).done()).isTrue();
            session.undo();
            assertThat(param(session, email).secretRef()).isEqualTo(firstRef);
            session.redo();
            journal.flush().get(10, TimeUnit.SECONDS);

            PortNode stored = param(session, email);
            assertThat(stored.value).isNull();
            assertThat(store.find(firstRef)).contains(PASSWORD);
            assertThat(store.find(stored.secretRef())).contains(SECOND);
        }
        String id = (String) canvas.workspaceKey().get();
        assertThat(canvases.open(id).document().modules.get(0).param("password").orElseThrow().secretRef())
            .isEqualTo(param(canvas.session(), canvas.session().document().modules.get(0).hash).secretRef());
        // nowhere in the data directory (workspace.db, its WAL, the journal rows, versions, secrets.json) in clear
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.toString()).doesNotContain(PASSWORD).doesNotContain(SECOND);
            }
        }
    }

    @Test
    void aFileWithAPlainSecretOpensWithAReferenceAndTheValueNeverReachesWorkspaceDb(@TempDir Path elsewhere)
        throws Exception {
        EditSession source = new EditSession(new dev.rivulet.document.CanvasDocument(), REGISTRY);
        int email = source.addModule("email", 40, 40);
        source.setParameter(email, "password", PASSWORD);
        Path file = elsewhere.resolve("alerts.json");
        new dev.rivulet.document.NativeCodec().write(source.document(), file);
        DataDirectory data = DataDirectory.open(Optional.of(dir));
        CanvasRepository canvases = new CanvasRepository(Databases.open(data).workspace(), Clock.systemUTC());
        SecretStore store = new SecretStore(dir.resolve(SecretStore.FOLDER), new SecureRandom(), Clock.systemUTC());
        OpenCanvas canvas;
        try (EditJournal journal = new EditJournal(canvases)) {
            WorkspaceViewModel vm = new WorkspaceViewModel(REGISTRY, new CanvasFiles(REGISTRY),
                new WorkspaceCanvasDocuments(canvases, journal));
            vm.setImportFilter(doc -> dev.rivulet.runtime.secrets.CanvasSecrets.extract(doc, REGISTRY, store)
                .document());
            canvas = vm.open(file).canvas().orElseThrow();
            canvas.session().moveModules(List.of(email), 10, 0);
            journal.flush().get(10, TimeUnit.SECONDS);
        }

        PortNode opened = param(canvas.session(), email);
        assertThat(opened.value).isNull();
        assertThat(store.find(opened.secretRef())).contains(PASSWORD);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                    .doesNotContain(PASSWORD);
            }
        }
    }

    @Test
    void withoutASecretStoreTheValueStaysInTheDocumentAsBefore() {
        EditSession session = new EditSession(new dev.rivulet.document.CanvasDocument(), REGISTRY);
        int email = session.addModule("email", 40, 40);
        InspectorViewModel inspector = new InspectorViewModel();
        inspector.show(session, email);

        inspector.setField(password(inspector), PASSWORD);

        assertThat(param(session, email).value).isEqualTo(PASSWORD);
        assertThat(param(session, email).secretRef()).isNull();
    }

    private static InspectorViewModel.Field password(InspectorViewModel inspector) {
        List<InspectorViewModel.Field> fields = inspector.module().get().fields();
        return fields.stream().filter(f -> f.name().equals("password")).findFirst().orElseThrow();
    }

    private static PortNode param(EditSession session, int hash) {
        return session.module(hash).orElseThrow().param("password").orElseThrow();
    }
}
