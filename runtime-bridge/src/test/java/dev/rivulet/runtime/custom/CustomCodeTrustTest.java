package dev.rivulet.runtime.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasResolver;
import dev.rivulet.core.ModuleNodes;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.modules.custom.CustomCodeUnits;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.Engine;
import dev.rivulet.runtime.engine.JsonLinesSink;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.engine.RunState;
import dev.rivulet.runtime.engine.UntrustedCodeException;
import dev.rivulet.runtime.store.CanvasTrust;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust records in a real workspace.db, and the embedded engine refusing or running custom code by them. */
class CustomCodeTrustTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final String TRIPLE = """
        TimeSeriesInput in = doubleInput("in");
        TimeSeriesOutput out = doubleOutput("out");
        public void sendOutput() { out.send(in.getValue() * 3); }
        """;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path dataDir;
    private CanvasTrust trust;
    private ModuleNode java;
    private ModuleNode table;

    @BeforeEach
    void openWorkspace() {
        dataDir = dir.resolve("data");
        trust = openTrust(REGISTRY);
    }

    private CanvasTrust openTrust(ModuleRegistry registry) {
        Databases dbs = Databases.open(DataDirectory.open(Optional.of(dataDir)));
        return new CanvasTrust(dbs.workspace(), registry, CLOCK);
    }

    private CanvasDocument canvas(String code) {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("prices", "price:Double");
        java = javaModule(b, code);
        table = b.add("table");
        b.connect(s, "price", java, "in").connect(java, "out", table, "in1");
        CanvasDocument doc = b.name("Tripler").build();
        doc.id = "tripler";
        return doc;
    }

    private static ModuleNode javaModule(CanvasBuilder b, String code) {
        ModuleNode m = b.add("java-module");
        m.putExtra("code", code);
        m.params.clear();
        m.inputs.clear();
        m.outputs.clear();
        ModuleNodes.writePorts(REGISTRY.instantiate(m, new ArrayList<>()), m);
        return m;
    }

    private Path prices() throws Exception {
        Path csv = dir.resolve("prices.csv");
        Files.writeString(csv, "timestamp,price\n1000,1\n2000,2\n3000,5\n");
        return csv;
    }

    @Test
    void aCanvasFromAFileStartsUntrustedAndTheEngineRefusesItNamingTheModules() throws Exception {
        CanvasDocument doc = canvas(TRIPLE);
        assertThat(trust.isTrusted(doc)).isFalse();
        assertThat(trust.untrusted(doc)).extracting(CustomCodeUnits.CodeUnit::where)
            .containsExactly("JavaModule (" + java.hash + ")");
        StringWriter out = new StringWriter();
        try (Engine engine = new EmbeddedEngine(REGISTRY.withCustomCodePolicy(trust));
             JsonLinesSink sink = new JsonLinesSink(out)) {
            assertThatThrownBy(() -> engine.start(RunRequest.historical(doc).replay("prices", prices()).ui(sink)
                .build()))
                .isInstanceOf(UntrustedCodeException.class)
                .hasMessageContaining("custom code you have not trusted: JavaModule (" + java.hash + ")")
                .hasMessageContaining("all the rights of this application");
            assertThat(engine.runs()).isEmpty();
        }
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aTrustedCanvasRunsOnTheEmbeddedEngine() throws Exception {
        CanvasDocument doc = canvas(TRIPLE);
        assertThat(trust.markTrusted(doc)).hasSize(1);
        assertThat(trust.isTrusted(doc)).isTrue();
        StringWriter out = new StringWriter();
        try (Engine engine = new EmbeddedEngine(REGISTRY.withCustomCodePolicy(trust));
             JsonLinesSink sink = new JsonLinesSink(out)) {
            RunHandle run = engine.start(RunRequest.historical(doc).replay("prices", prices()).ui(sink).build());
            assertThat(run.await(Duration.ofSeconds(30))).isTrue();
            assertThat(run.failure()).isEmpty();
            assertThat(run.state()).isEqualTo(RunState.DONE);
        }
        List<Object> values = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            values.add(((List<?>) new ObjectMapper().readValue(line, Map.class).get("values")).get(0));
        }
        assertThat(values).containsExactly(3.0, 6.0, 15.0);
    }

    @Test
    void trustSurvivesARestart() {
        CanvasDocument doc = canvas(TRIPLE);
        trust.markCreated(doc);

        CanvasTrust reopened = openTrust(REGISTRY);

        assertThat(reopened.isTrusted(doc)).isTrue();
        String sha = CustomCodeUnits.of(doc, REGISTRY).get(0).sha256();
        CanvasTrust.Entry entry = reopened.entry(sha).orElseThrow();
        assertThat(entry.origin()).isEqualTo(CanvasTrust.Origin.CREATED);
        assertThat(entry.recorded()).isEqualTo(CLOCK.instant());
        assertThat(entry.canvasName()).isEqualTo("Tripler");
    }

    @Test
    void editedCodeDoesNotInheritTrustButOtherEditsKeepIt() {
        CanvasDocument doc = canvas(TRIPLE);
        trust.markTrusted(doc);

        CanvasDocument moved = canvas(TRIPLE);
        moved.name = "Renamed";
        moved.modules.get(1).displayName = "Times three";
        assertThat(trust.isTrusted(moved)).isTrue();

        CanvasDocument edited = canvas(TRIPLE.replace("* 3", "* 4"));
        assertThat(trust.isTrusted(edited)).isFalse();
    }

    @Test
    void createdCodeIsNeverDowngradedAndRevokingStopsIt() {
        CanvasDocument doc = canvas(TRIPLE);
        assertThat(trust.markCreated(doc)).hasSize(1);
        assertThat(trust.markTrusted(doc)).isEmpty();
        String sha = CustomCodeUnits.of(doc, REGISTRY).get(0).sha256();
        assertThat(trust.entry(sha).orElseThrow().origin()).isEqualTo(CanvasTrust.Origin.CREATED);

        assertThat(trust.revoke(sha)).isTrue();
        assertThat(trust.isTrusted(doc)).isFalse();
    }

    @Test
    void codeInsideSubCanvasesNeedsTrustToo() {
        CanvasBuilder sub = new CanvasBuilder(REGISTRY);
        ModuleNode inner = javaModule(sub, TRIPLE);
        CanvasDocument subDoc = sub.name("Inner").build();
        subDoc.id = "inner";
        ModuleRegistry registry = REGISTRY.withCanvasResolver(CanvasResolver.of(subDoc));
        CanvasBuilder outer = new CanvasBuilder(registry);
        ModuleNode host = outer.add("canvas");
        outer.param(host, "canvas", "inner");
        CanvasDocument doc = outer.build();
        CanvasTrust withSubCanvases = openTrust(registry);

        assertThat(withSubCanvases.untrusted(doc)).extracting(CustomCodeUnits.CodeUnit::where)
            .containsExactly("Canvas (" + host.hash + ") / JavaModule (" + inner.hash + ")");
        assertThatThrownBy(() -> new EmbeddedEngine(registry.withCustomCodePolicy(withSubCanvases))
            .start(RunRequest.historical(doc).build()))
            .isInstanceOf(UntrustedCodeException.class);

        withSubCanvases.markTrusted(doc);
        assertThat(withSubCanvases.isTrusted(doc)).isTrue();
        assertThat(withSubCanvases.isTrusted(subDoc)).isTrue();
    }
}
