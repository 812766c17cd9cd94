package dev.rivulet.runtime.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormat;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.Engine;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.store.DataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Secret parameters moved out of canvases into the store, kept out of exports, and resolved for a real run. */
class CanvasSecretsTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final String PASSWORD = "Tr0ub4dor&3-smtp";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
        new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
        .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@example.com", "alerts", PASSWORD));

    @TempDir
    Path tmp;

    private SecretStore store() {
        return SecretStore.in(DataDirectory.open(Optional.of(tmp.resolve("data"))));
    }

    /** prices → Email (sends in historical runs too), with the SMTP password in plain text; plus an HTTP request. */
    private CanvasDocument canvas(String password) {
        CanvasBuilder b = new CanvasBuilder(REGISTRY).name("alerts");
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode m = b.add("email");
        b.param(m, "subject", "Price alert").param(m, "host", "127.0.0.1").param(m, "port", SMTP.getSmtp().getPort())
            .param(m, "TLS", "none").param(m, "username", "alerts").param(m, "password", password)
            .param(m, "from", "alerts@example.com").param(m, "to", "me@example.com")
            .option(m, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        b.connect(s, "price", m, "value1");
        ModuleNode http = b.add("http-request");
        b.param(http, "URL", "http://127.0.0.1:1/").param(http, "headers", Map.of("Authorization", "Bearer tok-77"));
        CanvasDocument doc = b.build();
        doc.id = "canvas-alerts";
        return doc;
    }

    private static ModuleNode email(CanvasDocument doc) {
        return doc.modules.stream().filter(m -> m.type.equals("email")).findFirst().orElseThrow();
    }

    @Test
    void theIntegrationModulesMarkTheirCredentialsSecret() {
        assertThat(secretParams("email")).containsExactly("password");
        assertThat(secretParams("sql")).containsExactly("password");
        // the certificate parameter (certType .crt) is a public trust anchor, not a credential
        assertThat(secretParams("mqtt")).containsExactly("password");
        assertThat(secretParams("http-request")).containsExactly("headers");
        ModuleNode simple = REGISTRY.newNode("simple-http", 1);
        simple.options.put("headerCount", new dev.rivulet.document.OptionNode());
        simple.options.get("headerCount").value = 2;
        assertThat(REGISTRY.instantiate(simple, new java.util.ArrayList<>()).params().stream()
            .filter(dev.rivulet.core.Parameter::isSecret).map(dev.rivulet.core.Parameter::name))
            .containsExactly("header1", "header2");
    }

    private static List<String> secretParams(String type) {
        return REGISTRY.instantiate(REGISTRY.newNode(type, 1), new java.util.ArrayList<>()).params().stream()
            .filter(dev.rivulet.core.Parameter::isSecret).map(dev.rivulet.core.Parameter::name).toList();
    }

    @Test
    void findsTheSecretParametersThatHoldPlainValues() {
        List<CanvasSecrets.SecretParam> plain = CanvasSecrets.plainSecrets(canvas(PASSWORD), REGISTRY);
        assertThat(plain).extracting(CanvasSecrets.SecretParam::param).containsExactly("password", "headers");
        // an empty password is nothing to protect
        assertThat(CanvasSecrets.plainSecrets(canvas(""), REGISTRY)).extracting(CanvasSecrets.SecretParam::param)
            .containsExactly("headers");
    }

    @Test
    void extractMovesPlainValuesIntoTheStoreAndLeavesReferences() {
        CanvasDocument doc = canvas(PASSWORD);
        CanvasSecrets.Extracted e = CanvasSecrets.extract(doc, REGISTRY, store());

        assertThat(e.moved()).hasSize(2);
        PortNode pw = email(e.document()).param("password").orElseThrow();
        assertThat(pw.value).isNull();
        assertThat(store().find(pw.secretRef())).contains(PASSWORD);
        assertThat(store().entry(pw.secretRef()).orElseThrow().where()).isEqualTo("Email.password in canvas 'alerts'");
        // the caller's document is left as it was
        assertThat(email(doc).param("password").orElseThrow().value).isEqualTo(PASSWORD);
        assertThat(CanvasSecrets.plainSecrets(e.document(), REGISTRY)).isEmpty();
        // extracting again stores nothing new
        assertThat(CanvasSecrets.extract(e.document(), REGISTRY, store()).moved()).isEmpty();
        assertThat(store().list()).hasSize(2);
    }

    @Test
    void neitherFormatWrittenAfterExtractionContainsThePlainValues() throws Exception {
        CanvasFiles files = new CanvasFiles(REGISTRY);
        // a Streamr canvas with the password in plain text, as Streamr exported it
        Path streamrIn = tmp.resolve("streamr-in.json");
        files.save(canvas(PASSWORD), streamrIn, CanvasFormat.STREAMR);
        assertThat(Files.readString(streamrIn)).contains(PASSWORD);

        CanvasFiles.Loaded loaded = files.read(streamrIn);
        CanvasDocument safe = CanvasSecrets.extract(loaded.document(), REGISTRY, store()).document();
        for (CanvasFormat f : CanvasFormat.values()) {
            Path out = tmp.resolve("out-" + f + ".json");
            files.save(safe, out, f);
            String text = Files.readString(out);
            assertThat(text).as(f.name()).doesNotContain(PASSWORD).doesNotContain("tok-77").contains("secretRef");
            // the reference survives the round trip through either format
            CanvasDocument back = files.load(out);
            assertThat(email(back).param("password").orElseThrow().secretRef())
                .isEqualTo(email(safe).param("password").orElseThrow().secretRef());
        }
        for (Path f : Files.walk(tmp.resolve("data")).filter(Files::isRegularFile).toList()) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                .doesNotContain(PASSWORD).doesNotContain("tok-77");
        }
    }

    @Test
    void aRunResolvesTheStoredPasswordAndTheMailGoesOut() throws Exception {
        CanvasDocument safe = CanvasSecrets.extract(canvas(PASSWORD), REGISTRY, store()).document();
        RunHandle run = run(safe, store());

        assertThat(run.failure()).isEmpty();
        assertThat(run.problems().getOrDefault(email(safe).hash, List.of())).isEmpty();
        // GreenMail accepted the login, so the engine had the real password
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("Price alert");
    }

    @Test
    void aMissingSecretIsAConfigurationProblemOfItsModuleAndNothingIsSent() throws Exception {
        CanvasDocument safe = CanvasSecrets.extract(canvas(PASSWORD), REGISTRY, store()).document();
        String ref = email(safe).param("password").orElseThrow().secretRef();
        store().delete(ref);
        assertThat(CanvasSecrets.missing(safe, store())).containsExactly(ref);

        RunHandle run = run(safe, store());
        assertThat(run.failure()).isEmpty();
        assertThat(run.problems().get(email(safe).hash)).anySatisfy(p -> assertThat(p)
            .contains("parameter password", ref, "not stored on this computer"));
        assertThat(run.problems().get(email(safe).hash)).anySatisfy(p -> assertThat(p).startsWith("failed to initialize"));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aLiveValueForTheMissingSecretLetsTheModuleStartButAnotherParameterDoesNot() {
        CanvasDocument safe = CanvasSecrets.extract(canvas(PASSWORD), REGISTRY, store()).document();
        int hash = email(safe).hash;
        dev.rivulet.core.CanvasRuntime rt = new dev.rivulet.runtime.testkit.CanvasRun(safe).start();
        assertThat(rt.module(hash).status()).isEqualTo(dev.rivulet.core.ModuleStatus.FAILED);

        rt.setParameter(hash, "subject", "another subject");
        assertThat(rt.module(hash).status()).isEqualTo(dev.rivulet.core.ModuleStatus.FAILED);
        assertThat(rt.module(hash).lastError()).contains("not stored on this computer");

        rt.setParameter(hash, "password", PASSWORD);
        assertThat(rt.module(hash).status()).isNotEqualTo(dev.rivulet.core.ModuleStatus.FAILED);
    }

    @Test
    void anEngineWithoutAStoreRunsNoModuleWhoseSecretItCannotResolve() throws Exception {
        CanvasDocument safe = CanvasSecrets.extract(canvas(PASSWORD), REGISTRY, store()).document();
        RunHandle run = run(safe, SecretLookup.NONE);
        assertThat(run.problems().get(email(safe).hash)).anySatisfy(p -> assertThat(p).contains("not stored"));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void secretsOfAnEmbeddedSubCanvasAreResolvedToo() throws Exception {
        // the sub-canvas "mailer": the Email module of canvas(), its first value input exported
        CanvasDocument mailer = CanvasSecrets.extract(canvas(PASSWORD), REGISTRY, store()).document();
        mailer.id = "mailer";
        mailer.modules.removeIf(m -> !m.type.equals("email"));
        mailer.connections.clear();
        email(mailer).input("value1").orElseThrow().export = true;
        ModuleRegistry registry = REGISTRY.withCanvasResolver(dev.rivulet.core.CanvasResolver.of(mailer));
        CanvasBuilder b = new CanvasBuilder(registry);
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode embedded = b.add("canvas");
        b.param(embedded, "canvas", "mailer");
        b.connect(s, "price", embedded, "value1");

        RunHandle run = run(b.build(), store(), registry);
        assertThat(run.failure()).isEmpty();
        assertThat(run.problems()).isEmpty();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    private RunHandle run(CanvasDocument doc, SecretLookup secrets) throws Exception {
        return run(doc, secrets, REGISTRY);
    }

    private RunHandle run(CanvasDocument doc, SecretLookup secrets, ModuleRegistry registry) throws Exception {
        Path csv = tmp.resolve("prices.csv");
        Files.writeString(csv, "timestamp,price\n1000,1.5\n");
        try (Engine engine = new EmbeddedEngine(registry, secrets)) {
            RunHandle run = engine.start(RunRequest.historical(doc).replay("prices", csv).build());
            assertThat(run.await(Duration.ofSeconds(20))).isTrue();
            return run;
        }
    }
}
