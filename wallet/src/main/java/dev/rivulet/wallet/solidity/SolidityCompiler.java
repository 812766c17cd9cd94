package dev.rivulet.wallet.solidity;

/**
 * Compiles Solidity source for the SolidityCompileDeploy module and its templates. The composition root passes one to
 * the modules ({@code ModuleServices.with(SolidityCompiler.class, SolcJs.locate())}); without one, or without solc,
 * the modules say so as a configuration problem.
 *
 * <p>{@code CompiledContract c = compiler.compile(source);  // throws SolidityException with solc's errors}
 */
public interface SolidityCompiler {

    /** The message every module shows when no compiler can run. */
    String NOT_AVAILABLE = "solc not available: install Node.js and run npm ci in resources/devnet";

    /**
     * The main contract of {@code source} (the one with the longest bytecode when it declares several).
     *
     * @throws SolidityException with the compiler's error messages, or {@link #NOT_AVAILABLE} when solc cannot run
     */
    CompiledContract compile(String source);

    /** Whether {@link #compile} can run at all (Node.js and the pinned solc-js are installed). */
    boolean isAvailable();
}
