package dev.rivulet.app.workspace;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions and messages the workspace puts to the user (file choosers, error and information dialogs), behind
 * one interface so tests and the integrator can answer them without native windows.
 *
 * <p>Usage: {@code dialogs.chooseFileToOpen("Open canvas").ifPresent(vm::open);}
 */
public interface WorkspaceDialogs {

    Optional<Path> chooseFileToOpen(String title);

    Optional<Path> chooseFileToSave(String title, String suggestedName);

    void error(String title, String message);

    void info(String title, String message);

    /** Asks whether to go on with something that loses unsaved edits; true means go on (discard them). */
    boolean confirmDiscard(String title, String message);

    /**
     * Asks whether to trust a canvas's custom code and run it; true means trust it. The default refuses (the code
     * does not run), for callers that cannot ask.
     */
    default boolean confirmTrust(String title, String message) {
        return false;
    }
}
