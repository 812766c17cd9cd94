package dev.rivulet.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.runtime.secrets.CanvasSecrets;
import dev.rivulet.runtime.secrets.SecretEntry;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.secrets.SecretStoreException;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * {@code rivulet secrets set ID} or {@code rivulet secrets set --canvas CANVAS.json --param MODULE.PARAM}: stores a
 * secret value, read from an environment variable, a file, the terminal (without echo) or standard input, never
 * from the command line (which other users can see in the process list and which lands in shell history).
 */
@Command(
        name = "set",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Set a secret value: by its id (from a canvas made elsewhere, or rivulet secrets list), or for"
                + " a parameter of a canvas file, which then refers to it. The value is read from --from-env,"
                + " --from-file, the terminal (not echoed) or standard input.")
public final class SecretsSetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SecretsCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The secret's id.")
    String id;

    @Option(names = "--canvas", paramLabel = "CANVAS.json",
            description = "A canvas file whose parameter (--param) should hold the secret; the file is rewritten"
                    + " to refer to it.")
    Path canvas;

    @Option(names = "--param", paramLabel = "MODULE.PARAM",
            description = "With --canvas: the module (its hash or name) and the parameter, e.g. Email.password.")
    String param;

    @Option(names = "--from-env", paramLabel = "VAR", description = "Read the value from this environment variable.")
    String fromEnv;

    @Option(names = "--from-file", paramLabel = "FILE",
            description = "Read the value from this file (one trailing newline is dropped).")
    Path fromFile;

    @Option(names = "--json", description = "The value is JSON (for map parameters such as HTTP headers).")
    boolean json;

    /** Standard input; replaced by tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if ((id == null) == (canvas == null) || (canvas != null) != (param != null)) {
                err.println("rivulet secrets set: give either an ID, or --canvas CANVAS.json with --param MODULE.PARAM");
                return 2;
            }
            SecretStore store = parent.store();
            if (id != null) {
                SecretEntry e = store.set(id, SecretEntry.Origin.UNKNOWN, readValue("secret " + id));
                out.println("stored secret " + e.id() + " (" + e.where() + ")");
                return 0;
            }
            return setInCanvas(store, out);
        } catch (IllegalArgumentException e) {
            err.println("rivulet secrets set: " + e.getMessage());
            return 2;
        } catch (CanvasFormatException | SecretStoreException | UncheckedIOException e) {
            err.println("rivulet secrets set: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("rivulet secrets set: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int setInCanvas(SecretStore store, PrintWriter out) throws IOException, CanvasFormatException {
        ModuleRegistry registry = ModuleRegistry.load();
        CanvasFiles files = new CanvasFiles(registry);
        CanvasFiles.Loaded loaded = files.read(canvas);
        CanvasDocument doc = loaded.document();
        int dot = param.lastIndexOf('.');
        if (dot <= 0 || dot == param.length() - 1) {
            throw new IllegalArgumentException("--param must be MODULE.PARAM, e.g. Email.password, got \"" + param + "\"");
        }
        ModuleNode module = module(doc, param.substring(0, dot));
        String name = param.substring(dot + 1);
        var instance = registry.instantiate(module, new java.util.ArrayList<>());
        var p = instance.param(name);
        if (p == null || !p.isSecret()) {
            throw new IllegalArgumentException(instance.name() + " (" + module.hash + ") has no secret parameter \""
                + name + "\"");
        }
        PortNode port = module.param(name).orElseGet(() -> {
            PortNode added = new PortNode(name);
            module.params.add(added);
            return added;
        });
        Object value = readValue(instance.name() + "." + name);
        SecretEntry.Origin origin = new SecretEntry.Origin(doc.id, doc.name, module.hash, instance.name(), name);
        SecretEntry e = port.secretRef() != null ? store.set(port.secretRef(), origin, value) : store.put(origin, value);
        port.secretRef(e.id());
        // any other plain secret of the canvas goes into the store as well, so the rewritten file holds none
        CanvasDocument safe = CanvasSecrets.extract(doc, registry, store).document();
        files.save(safe, canvas, loaded.format());
        out.println("stored secret " + e.id() + " (" + e.where() + "); " + canvas + " refers to it");
        return 0;
    }

    private static ModuleNode module(CanvasDocument doc, String key) {
        List<ModuleNode> matches = doc.modules.stream().filter(m -> String.valueOf(m.hash).equals(key)
            || key.equals(m.displayName) || m.displayName == null && key.equals(m.name)).toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("the canvas has no module " + key);
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException("the canvas has " + matches.size() + " modules named " + key
                + "; give the module's hash instead");
        }
        return matches.get(0);
    }

    private Object readValue(String what) throws IOException {
        String text;
        if (fromEnv != null) {
            text = System.getenv(fromEnv);
            if (text == null) {
                throw new IllegalArgumentException("environment variable " + fromEnv + " is not set");
            }
        } else if (fromFile != null) {
            text = stripNewline(Files.readString(fromFile, StandardCharsets.UTF_8));
        } else {
            Console console = System.console();
            if (console != null && stdin == System.in) {
                char[] typed = console.readPassword("Value for %s: ", what);
                text = typed == null ? "" : new String(typed);
                java.util.Arrays.fill(typed == null ? new char[0] : typed, ' ');
            } else {
                text = stripNewline(new String(stdin.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the value is empty; to remove a secret use rivulet secrets delete");
        }
        if (!json) {
            return text;
        }
        try {
            return new ObjectMapper().readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            // the parser's message quotes the text, which is the secret: say only where it went wrong
            var at = e.getLocation();
            throw new IllegalArgumentException("--json: the value is not valid JSON"
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    private static String stripNewline(String s) {
        if (s.endsWith("\r\n")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
