package dev.rivulet.app.workspace;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.EditJournal;
import dev.rivulet.runtime.workspace.OpenedCanvas;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The process {@link CrashRecoveryTest} kills with {@code kill -9}: opens a canvas of its own data directory, makes a
 * few edits of every kind through an {@link EditSession} journaled like the editor does, then adds one module per
 * 10 ms for ever, printing "EDIT n" after edit n. Arguments: DATA_DIR CANVAS_ID.
 */
public final class CrashVictim {
    private CrashVictim() {
    }

    public static void main(String[] args) throws Exception {
        CanvasRepository canvases = new CanvasRepository(
            Databases.open(DataDirectory.open(Optional.of(Path.of(args[0])))).workspace(), Clock.systemUTC());
        OpenedCanvas opened = canvases.open(args[1]);
        EditSession session = new EditSession(opened.document(), ModuleRegistry.load());
        EditJournal journal = new EditJournal(canvases, Duration.ofMillis(250), stats -> { });
        SessionJournal.attach(session, args[1], journal);

        int constant = session.addModule("constant", 0, -300);
        session.setParameter(constant, "constant", 42);
        int abs = session.addModule("abs", 200, -300);
        session.connect(constant, "out", abs, "in");
        session.rename(abs, "Absolute");
        session.moveModules(List.of(abs), 15, 5);
        int doomed = session.addModule("abs", 400, -300);
        session.removeModules(List.of(doomed));
        System.out.println("READY");
        for (int i = 1; ; i++) {
            session.addModule("constant", i, 0);
            System.out.println("EDIT " + i);
            System.out.flush();
            Thread.sleep(10);
        }
    }
}
