package dev.rivulet.core;

/**
 * Decides whether user-written code (the Java source of a JavaModule) may run. Custom code runs with the full rights
 * of the JVM, so a registry refuses it unless its host says otherwise ({@link ModuleRegistry#withCustomCodePolicy}):
 * the engine host asks the user's trust records (runtime-bridge's {@code CanvasTrust}); tests allow everything.
 * Compiling code never runs any of it, so compile errors and ports are available without permission.
 *
 * <p>Usage: {@code registry.withCustomCodePolicy(CustomCodePolicy.ALL)}.
 */
@FunctionalInterface
public interface CustomCodePolicy {
    /** Runs nothing: the default of every registry. */
    CustomCodePolicy NONE = sha256 -> false;

    /** Runs everything (tests, and hosts that did their own check). */
    CustomCodePolicy ALL = sha256 -> true;

    /**
     * Whether code with this fingerprint may run.
     *
     * @param sha256 lower-case hex SHA-256 of the source text, UTF-8 (see {@code dev.rivulet.custom.CodeFingerprint})
     */
    boolean mayRun(String sha256);
}
