package dev.rivulet.app.cli;

import dev.rivulet.app.headless.HeadlessRun;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.modules.custom.CustomCodeUnits;
import dev.rivulet.modules.custom.CustomCodeUnits.CodeUnit;
import dev.rivulet.runtime.store.CanvasTrust;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rivulet trust CANVAS.json}: records that the user trusts the custom code (JavaModules) of a canvas and of
 * the sub-canvases it embeds, so that it runs; {@code --check} only reports.
 */
@Command(
        name = "trust",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Trust the custom code (JavaModules) of a canvas so that it may run. Custom code runs with all"
                + " the rights of this program: trust only code you have read or whose author you trust.")
public final class TrustCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    @Parameters(index = "0", paramLabel = "CANVAS.json", description = "The canvas whose code to trust.")
    Path canvas;

    @Option(names = "--check", description = "Only list the JavaModules and whether their code is trusted; exit 1"
            + " when some is not.")
    boolean check;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModuleRegistry registry = HeadlessRun.withSubCanvases(ModuleRegistry.load(), canvas);
        CanvasDocument doc;
        try {
            doc = new CanvasFiles(registry).load(canvas);
        } catch (CanvasFormatException e) {
            err.println("rivulet trust: " + e.getMessage());
            err.flush();
            return 1;
        }
        List<CodeUnit> units = CustomCodeUnits.of(doc, registry);
        if (units.isEmpty()) {
            out.println(canvas + ": no custom code");
            out.flush();
            return 0;
        }
        CanvasTrust trust = HeadlessRun.trustStore(registry, root.dataDirectory());
        if (!check) {
            trust.markTrusted(doc);
        }
        boolean allTrusted = true;
        for (CodeUnit u : units) {
            String state = trust.entry(u.sha256())
                .map(e -> e.origin().name().toLowerCase(java.util.Locale.ROOT) + " " + e.recorded())
                .orElse("NOT TRUSTED");
            allTrusted &= trust.mayRun(u.sha256());
            out.println(u.where() + "\t" + u.sha256().substring(0, 12) + "\t" + state);
        }
        out.flush();
        return allTrusted ? 0 : 1;
    }
}
