package dev.rivulet.modules.custom;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/**
 * Modules whose behaviour the user writes: JavaModule. One compiler (and so one cache of compiled sources) per
 * provider instance, i.e. per loaded registry.
 */
public final class CustomModules implements ModuleProvider {
    private final JavaCodeCompiler compiler = new JavaCodeCompiler();

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("java-module", "JavaModule", "Custom Modules", () -> new JavaModule(compiler))
                .streamrId(136).aliases("SimpleJavaCodeWrapper", "Custom", "Code")
                .help("A module you write in Java. Its code declares the ports (fields such as"
                    + " doubleInput(\"in\") or doubleOutput(\"out\")) and implements sendOutput(), and optionally"
                    + " initialize() and clearState(); debug(\"...\") writes to the module's console. Compile errors"
                    + " show on the module with their line. The code runs with all the rights of the application,"
                    + " so it runs only in canvases you created or chose to trust."));
    }
}
