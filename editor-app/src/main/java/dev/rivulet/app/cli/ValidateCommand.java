package dev.rivulet.app.cli;

import dev.rivulet.app.headless.HeadlessRun;
import dev.rivulet.app.headless.HeadlessWallet;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.WalletException;
import java.io.IOException;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.validation.CanvasValidator;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.runtime.secrets.CanvasSecrets;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.secrets.SecretStoreException;
import java.io.PrintWriter;
import java.util.List;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet validate CANVAS.json}: checks a canvas without running it. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a canvas (schema, module types, connections) without running it.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    @Parameters(index = "0", paramLabel = "CANVAS.json", description = "The canvas to check.")
    Path canvas;

    public Path canvas() {
        return canvas;
    }

    @Override
    public Integer call() {
        ModuleRegistry registry = ModuleRegistry.load();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        HeadlessWallet wallet = null;
        try {
            CanvasFiles.Loaded loaded = new CanvasFiles(registry).read(canvas);
            CanvasDocument doc = loaded.document();
            SecretStore secrets = SecretStore.in(root.dataDirectory());
            SecretNotices.warnPlain(err, canvas, loaded.format(), doc, registry);
            SecretNotices.hintMissing(err, doc, secrets);
            if (HeadlessWallet.needed(doc, registry)) {
                // as `run` does: Ethereum modules see the data directory's wallet (locked; nothing is signed) and solc
                wallet = HeadlessWallet.open(root.dataDirectory().root().resolve("wallet"), new HeadlessWallet.Options(
                        HeadlessWallet.DEFAULT_RPC_URL, ChainProfile.DEVNET_CHAIN_ID, null, null));
                registry = registry.withServices(wallet.services());
            }
            // sub-canvases are found among the canvas files next to this one; secrets resolved, so that only
            // missing ones are problems
            ModuleRegistry withSubs = CanvasSecrets.resolvingSubCanvases(HeadlessRun.withSubCanvases(registry, canvas),
                secrets);
            List<Problem> problems = new CanvasValidator(withSubs).validate(CanvasSecrets.resolve(doc, secrets));
            for (Problem p : problems) {
                stdout.println(canvas + ": " + p);
            }
            long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
            stdout.printf("%s: %d modules, %d connections, %d errors, %d warnings%n", canvas, doc.modules.size(),
                doc.connections.size(), errors, problems.size() - errors);
            return problems.isEmpty() ? 0 : 1;
        } catch (CanvasFormatException | SecretStoreException e) {
            err.println("rivulet validate: " + e.getMessage());
            return 1;
        } catch (IOException | WalletException e) {
            err.println("rivulet validate: wallet: " + e.getMessage());
            return 1;
        } finally {
            if (wallet != null) {
                wallet.close();
            }
            stdout.flush();
            err.flush();
        }
    }
}
