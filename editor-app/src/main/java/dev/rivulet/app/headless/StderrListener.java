package dev.rivulet.app.headless;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.RunListener;
import java.io.PrintWriter;

/** Module failures and notices go to stderr as warnings; the run goes on. */
final class StderrListener implements RunListener {
    private final PrintWriter err;
    private final String where;

    StderrListener(PrintWriter err, String where) {
        this.err = err;
        this.where = where;
    }

    @Override
    public synchronized void moduleFailed(ModuleInstance module, String message) {
        err.println("warning: " + where + ": module " + module.name() + " (" + module.path() + ") failed: "
            + message);
    }

    @Override
    public synchronized void moduleWarning(ModuleInstance module, String message) {
        err.println("warning: " + where + ": module " + module.name() + " (" + module.path() + "): " + message);
    }

    @Override
    public synchronized void notice(String message) {
        err.println("notice: " + message);
    }
}
