package dev.rivulet.app.workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers file questions from a queue and records messages, so tests drive the window without native dialogs. */
final class RecordingDialogs implements WorkspaceDialogs {
    final Deque<Path> answers = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    boolean discard;
    final List<String> trustPrompts = new ArrayList<>();
    boolean trust;

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirmDiscard(String title, String message) {
        confirmations.add(title);
        return discard;
    }

    @Override
    public boolean confirmTrust(String title, String message) {
        trustPrompts.add(message);
        return trust;
    }

    @Override
    public void info(String title, String message) {
        infos.add(title + ": " + message);
    }
}
