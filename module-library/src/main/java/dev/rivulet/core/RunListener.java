package dev.rivulet.core;

/**
 * What a run tells the outside world besides widget data: module failures and warnings, notices, completion.
 * Calls come on the engine thread; implementations must not block.
 */
public interface RunListener {
    RunListener NONE = new RunListener() {
    };

    default void moduleFailed(ModuleInstance module, String message) {
    }

    default void moduleWarning(ModuleInstance module, String message) {
    }

    default void notice(String message) {
    }

    default void done() {
    }
}
