package dev.rivulet.modules.custom;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The class files that code compiled in-process may refer to, by package: every jar and folder of the application's
 * class path. javac's own class path handling only sees {@code java.class.path}, which is not enough in every launch:
 * under Maven's test runner that is a manifest-only jar, and in an IDE the application's classes may live elsewhere.
 * So the roots are {@code java.class.path}, the {@code Class-Path} of every jar's manifest (recursively), and the
 * code sources of the classes custom code extends. Jars are indexed once (a fat jar has tens of thousands of
 * entries), folders on demand. Thread-safe.
 */
final class ClasspathIndex {
    private final List<Path> roots;
    private Map<String, List<ClassEntry>> jarIndex;
    private final Map<Path, JarFile> openJars = new HashMap<>();

    ClasspathIndex(List<Class<?>> anchors) {
        Set<Path> found = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                addRoot(Path.of(entry).toAbsolutePath().normalize(), found);
            }
        }
        for (Class<?> c : anchors) {
            CodeSource cs = c.getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null && "file".equals(cs.getLocation().getProtocol())) {
                try {
                    addRoot(Path.of(cs.getLocation().toURI()).toAbsolutePath().normalize(), found);
                } catch (URISyntaxException e) {
                    // a location that is no file path cannot be read by the compiler anyway
                }
            }
        }
        roots = List.copyOf(found);
    }

    List<Path> roots() {
        return roots;
    }

    private static void addRoot(Path p, Set<Path> found) {
        if (!Files.exists(p) || !found.add(p) || Files.isDirectory(p)) {
            return;
        }
        try (JarFile jar = new JarFile(p.toFile())) {
            Manifest mf = jar.getManifest();
            String cp = mf == null ? null : mf.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (cp == null) {
                return;
            }
            for (String item : cp.trim().split("\\s+")) {
                if (item.isEmpty()) {
                    continue;
                }
                try {
                    Path target = item.startsWith("file:") ? Path.of(new java.net.URI(item))
                        : p.getParent().resolve(item);
                    addRoot(target.toAbsolutePath().normalize(), found);
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // an unreadable manifest entry is skipped, as the JVM itself does
                }
            }
        } catch (IOException e) {
            // not a jar: nothing to index
        }
    }

    /** The class files directly in {@code packageName} (binary names), from every root. */
    List<ClassEntry> list(String packageName) {
        List<ClassEntry> result = new ArrayList<>(jarIndex().getOrDefault(packageName, List.of()));
        String dir = packageName.replace('.', '/');
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                Path pkg = dir.isEmpty() ? root : root.resolve(dir);
                if (Files.isDirectory(pkg)) {
                    listFolder(pkg, packageName, result);
                }
            }
        }
        return result;
    }

    private static void listFolder(Path pkg, String packageName, List<ClassEntry> into) {
        try (Stream<Path> files = Files.list(pkg)) {
            files.filter(f -> f.getFileName().toString().endsWith(".class")).forEach(f -> {
                String simple = f.getFileName().toString();
                simple = simple.substring(0, simple.length() - ".class".length());
                String binary = packageName.isEmpty() ? simple : packageName + "." + simple;
                into.add(new ClassEntry(binary, f.toUri(), () -> Files.newInputStream(f)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Map<String, List<ClassEntry>> jarIndex() {
        if (jarIndex != null) {
            return jarIndex;
        }
        Map<String, List<ClassEntry>> index = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isRegularFile(root)) {
                continue;
            }
            JarFile jar;
            try {
                jar = new JarFile(root.toFile());
            } catch (IOException e) {
                continue;
            }
            openJars.put(root, jar);
            // a made-up hierarchical URI (javax.tools wants a path); "!/" separates the jar from the entry as in jar: URLs
            String jarPath = root.toUri().getPath();
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                String name = e.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                    continue;
                }
                int slash = name.lastIndexOf('/');
                String pkg = slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
                String binary = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                index.computeIfAbsent(pkg, k -> new ArrayList<>()).add(new ClassEntry(binary,
                    entryUri(jarPath, name), () -> jar.getInputStream(e)));
            }
        }
        jarIndex = index;
        return index;
    }

    private static java.net.URI entryUri(String jarPath, String entry) {
        try {
            return new java.net.URI("jarentry", null, jarPath + "!/" + entry, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad class path entry " + jarPath + "!/" + entry, e);
        }
    }

    /** Opens a class file's bytes. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** One class file: its binary name, where it is, and how to read it. */
    record ClassEntry(String binaryName, java.net.URI uri, Opener opener) {
    }
}
