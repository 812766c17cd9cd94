package dev.rivulet.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.app.widgets.WidgetDefaults;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.VersionKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard widget picker's catalog over a real workspace: sub-canvases' widgets, loops, app-wide defaults. */
class WidgetCatalogTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    Path dir;

    @Test
    void widgetsInsideAnEmbeddedCanvasAreListedWithTheirRunPathAndASelfEmbeddingCanvasEnds() {
        CanvasRepository canvases = new CanvasRepository(Databases.open(DataDirectory.open(Optional.of(dir)))
            .workspace(), Clock.systemUTC());
        CanvasBuilder inner = new CanvasBuilder(REGISTRY);
        ModuleNode chart = inner.add("chart");
        chart.displayName = "Price chart";
        ModuleNode map = inner.add("map-geo");
        String innerId = canvases.create("Inner", inner.build(), VersionKind.CREATE).id();

        CanvasBuilder outer = new CanvasBuilder(REGISTRY);
        ModuleNode host = outer.add("canvas");
        host.displayName = "Pricing";
        outer.param(host, "canvas", innerId);
        ModuleNode table = outer.add("table");
        String outerId = canvases.create("Outer", outer.build(), VersionKind.CREATE).id();

        CanvasBuilder loop = new CanvasBuilder(REGISTRY);
        ModuleNode self = loop.add("canvas");
        ModuleNode label = loop.add("label");
        String loopId = canvases.create("Loop", loop.build(), VersionKind.CREATE).id();
        var doc = canvases.read(loopId).document();
        doc.module(self.hash).orElseThrow().params.stream().filter(p -> p.name.equals("canvas")).findFirst()
            .ifPresentOrElse(p -> p.value = loopId, () -> {
                throw new AssertionError("the canvas module has no canvas parameter");
            });
        canvases.save(loopId, doc, VersionKind.SAVE);

        WidgetDefaults defaults = new WidgetDefaults();
        defaults.setTileServerUrl("http://127.0.0.1:9/{z}/{x}/{y}.png");
        WidgetCatalog catalog = new WidgetCatalog(canvases, REGISTRY, defaults);
        List<WidgetChoice> all = catalog.choices();

        assertThat(all).filteredOn(c -> c.canvasId().equals(outerId)).extracting(WidgetChoice::modulePath,
                WidgetChoice::moduleName)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(host.hash + "/" + chart.hash, "Pricing › Price chart"),
                org.assertj.core.groups.Tuple.tuple(host.hash + "/" + map.hash, "Pricing › Map (geo)"),
                org.assertj.core.groups.Tuple.tuple(String.valueOf(table.hash), "Table"));
        // the loop lists its label once from itself (not again through its own embedding)
        assertThat(all).filteredOn(c -> c.canvasId().equals(loopId)).extracting(WidgetChoice::modulePath)
            .containsExactly(String.valueOf(label.hash));
        assertThat(catalog.of(outerId, host.hash + "/" + map.hash))
            .containsEntry(WidgetDefaults.TILE_SERVER, "http://127.0.0.1:9/{z}/{x}/{y}.png");
    }
}
