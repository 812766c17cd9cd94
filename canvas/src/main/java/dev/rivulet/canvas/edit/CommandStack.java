package dev.rivulet.canvas.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The done and undone commands of one canvas, newest first, with a bounded history. */
final class CommandStack {
    private final int limit;
    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();

    CommandStack(int limit) {
        this.limit = limit;
    }

    void pushDone(Command c) {
        done.push(c);
        undone.clear();
        while (done.size() > limit) {
            done.removeLast();
        }
    }

    Optional<Command> popUndo() {
        Command c = done.poll();
        if (c != null) {
            undone.push(c);
        }
        return Optional.ofNullable(c);
    }

    Optional<Command> popRedo() {
        Command c = undone.poll();
        if (c != null) {
            done.push(c);
        }
        return Optional.ofNullable(c);
    }

    Optional<Command> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    Optional<Command> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    int undoSize() {
        return done.size();
    }

    int redoSize() {
        return undone.size();
    }
}
