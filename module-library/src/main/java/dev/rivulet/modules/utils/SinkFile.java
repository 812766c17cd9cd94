package dev.rivulet.modules.utils;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The open file of a {@link FileSink}: a buffered UTF-8 writer plus what the flush policy needs. */
final class SinkFile implements AutoCloseable {
    private final BufferedWriter writer;
    private final boolean wasEmpty;
    private long lastFlush = System.nanoTime();
    private boolean dirty;

    private SinkFile(BufferedWriter writer, boolean wasEmpty) {
        this.writer = writer;
        this.wasEmpty = wasEmpty;
    }

    /** Opens (creating folders and the file as needed) for appending, or emptied first when {@code truncate}. */
    static SinkFile open(String name, boolean truncate) throws IOException {
        Path file;
        try {
            file = Path.of(name).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new IOException("not a usable file name (" + e.getReason() + ")");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("it is a folder; give a file name inside it");
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        boolean empty = truncate || !Files.exists(file) || Files.size(file) == 0;
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, truncate ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        return new SinkFile(w, empty);
    }

    boolean wasEmpty() {
        return wasEmpty;
    }

    void write(String text) throws IOException {
        writer.write(text);
        dirty = true;
    }

    void flush() throws IOException {
        writer.flush();
        dirty = false;
        lastFlush = System.nanoTime();
    }

    /** Flushes when a second of wall time has passed since the last flush (the policy is about the disk, not data time). */
    void flushIfSecondPassed() throws IOException {
        if (dirty && System.nanoTime() - lastFlush >= 1_000_000_000L) {
            flush();
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
