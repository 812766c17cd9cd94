package dev.rivulet.runtime.engine;

import dev.rivulet.modules.custom.CustomCodeUnits.CodeUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An engine refused to run a canvas because it holds custom code (JavaModules) that the user neither wrote nor
 * trusted. Nothing of the canvas ran.
 *
 * <p>Usage: {@code catch (UntrustedCodeException e) { e.modules().forEach(m -> show(m.where())); }}
 */
public final class UntrustedCodeException extends RuntimeException {
    private final transient List<CodeUnit> modules;

    public UntrustedCodeException(List<CodeUnit> modules) {
        super("the canvas contains custom code you have not trusted: "
            + modules.stream().map(CodeUnit::where).collect(Collectors.joining(", "))
            + ". Custom code runs with all the rights of this application (files, network, other programs);"
            + " trust the canvas only if you know what its code does");
        this.modules = List.copyOf(modules);
    }

    /** The JavaModules with untrusted code, in document order. */
    public List<CodeUnit> modules() {
        return modules;
    }
}
