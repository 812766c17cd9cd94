package dev.rivulet.modules.custom;

import java.util.List;
import java.util.Map;

/**
 * The result of compiling one JavaModule source: class files in memory, the ports the code declares, or the problems
 * that kept it from compiling. Immutable and shared by every module instance with the same source; each instance
 * loads the classes into a class loader of its own.
 *
 * @param sha256    fingerprint of the source (what trust records refer to)
 * @param className binary name of the generated top-level class
 * @param classes   class file bytes by binary name (empty when there are problems)
 * @param readsValueFields whether the code reads inputs' public {@code value} fields, which are then refreshed before
 *                  each {@code sendOutput} (otherwise that boxing is skipped)
 */
public record CompiledCode(String sha256, String className, Map<String, byte[]> classes, List<PortSpec> ports,
                           List<CompileProblem> problems, boolean readsValueFields) {
    public CompiledCode {
        classes = Map.copyOf(classes);
        ports = List.copyOf(ports);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static CompiledCode failed(String sha256, String className, List<CompileProblem> problems) {
        return new CompiledCode(sha256, className, Map.of(), List.of(), problems, false);
    }
}
