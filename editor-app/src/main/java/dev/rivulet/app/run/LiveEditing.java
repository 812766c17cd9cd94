package dev.rivulet.app.run;

import dev.rivulet.canvas.edit.CanvasChange;
import dev.rivulet.canvas.edit.CanvasEdit;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.edit.ModuleStateCommand;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.runtime.engine.RunHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Editing a canvas while it runs: the session's gate refuses everything but parameter values (with a message), and
 * each parameter value that changes (an inspector edit, its undo or redo) is sent to the run, which propagates a
 * driving parameter. Changes made while the run is still starting are sent once it has started. FX thread only.
 *
 * <p>Usage: {@code live.begin(doc, status); live.started(run); ... live.end();}
 */
final class LiveEditing {
    static final String READ_ONLY = "The canvas is running: stop it to edit (parameters can still be changed)";

    private final EditSession session;
    private final Map<Integer, Map<String, Object>> sent = new HashMap<>();
    private final List<Runnable> queued = new ArrayList<>();
    private final CanvasEdit.Listener forwarder = this::forward;
    private RunHandle run;

    LiveEditing(EditSession session) {
        this.session = session;
    }

    /** The run of {@code doc} (a copy of the session's document) is starting: the canvas becomes read-only. */
    void begin(CanvasDocument doc, Consumer<String> refused) {
        sent.clear();
        queued.clear();
        run = null;
        for (ModuleNode n : doc.modules) {
            Map<String, Object> values = new HashMap<>();
            for (PortNode p : n.params) {
                values.put(p.name, p.value);
            }
            sent.put(n.hash, values);
        }
        session.setGate(command -> {
            if (command instanceof ModuleStateCommand c && c.parameter().isPresent()) {
                return Optional.empty();
            }
            refused.accept(READ_ONLY);
            return Optional.of(READ_ONLY);
        });
        session.addListener(forwarder);
    }

    /** The run has started: parameter changes made meanwhile go to it now. */
    void started(RunHandle handle) {
        run = handle;
        queued.forEach(Runnable::run);
        queued.clear();
    }

    /** The run has ended (or never started): the canvas is editable again. */
    void end() {
        run = null;
        queued.clear();
        session.setGate(null);
        session.removeListener(forwarder);
    }

    private void forward(CanvasEdit edit) {
        for (CanvasChange c : edit.changes()) {
            if (!(c instanceof CanvasChange.ModuleUpdated u)) {
                continue;
            }
            ModuleNode node = session.module(u.hash()).orElse(null);
            Map<String, Object> before = sent.get(u.hash());
            if (node == null || before == null) {
                continue;
            }
            for (PortNode p : node.params) {
                if (!Objects.equals(before.get(p.name), p.value)) {
                    before.put(p.name, p.value);
                    int hash = u.hash();
                    String name = p.name;
                    Object value = p.value;
                    if (run != null) {
                        run.setParameter(hash, name, value);
                    } else {
                        queued.add(() -> run.setParameter(hash, name, value));
                    }
                }
            }
        }
    }
}
