package dev.rivulet.runtime.engine;

import java.util.List;

/**
 * Runs canvases. The embedded engine runs them in this process; a remote engine runs them elsewhere behind the same
 * contract, so callers (the editor, the CLI, dashboards) do not care which.
 *
 * <p>Usage: {@code RunHandle run = engine.start(RunRequest.historical(doc).replay("s", file).build()); run.await();}
 */
public interface Engine extends AutoCloseable {
    /**
     * Validates, builds and starts a run; the returned handle reports its progress.
     *
     * @throws UntrustedCodeException when the canvas holds custom code the user has not trusted (nothing runs)
     */
    RunHandle start(RunRequest request);

    /** Runs started by this engine that have not been closed. */
    List<RunHandle> runs();

    /** Stops every run. */
    @Override
    void close();
}
