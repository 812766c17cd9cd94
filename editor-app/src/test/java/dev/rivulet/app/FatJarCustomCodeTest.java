package dev.rivulet.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.app.cli.CustomCodeCommandsTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom code compiles and runs when Rivulet runs as one fat jar ({@code java -jar rivulet.jar run ...}), where the
 * classes the code extends are entries of that jar and nothing else is on the class path. The shaded jar is built
 * after the tests, so this test merges the test run's class path into one jar the way the shade plugin does (first
 * copy of a class wins, service files concatenated, signatures and module descriptors dropped) and starts it in a
 * fresh JVM.
 */
class FatJarCustomCodeTest {
    @TempDir
    Path tmp;

    @Test
    void customCodeRunsFromAFatJarStartedWithJavaDashJar() throws Exception {
        long mergeStart = System.nanoTime();
        Path jar = mergeClassPath(tmp.resolve("rivulet-fat.jar"));
        System.err.println("merging the class path took " + (System.nanoTime() - mergeStart) / 1_000_000 + " ms, "
                + Files.size(jar) / 1_000_000 + " MB");
        Path canvas = CustomCodeCommandsTestSupport.canvas(tmp);
        Path outFile = tmp.resolve("out.jsonl");
        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "run", canvas.toString(), "--replay", "prices=" + tmp.resolve("prices.csv"), "--trust",
                "--out", outFile.toString(), "--data-dir", tmp.resolve("data").toString()))
                .redirectOutput(tmp.resolve("stdout.txt").toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile());
        pb.environment().remove("CLASSPATH");
        long started = System.nanoTime();
        Process process = pb.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("run finished").isTrue();
        String stderr = Files.readString(tmp.resolve("stderr.txt"));
        System.err.println("fat jar run took " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(process.exitValue()).as("exit; stderr: %s", stderr).isZero();
        assertThat(CustomCodeCommandsTestSupport.tableValues(Files.readString(outFile)))
                .containsExactly(3.0, 6.0, 15.0);
        assertThat(stderr).contains("debug: got 5.0").doesNotContain("code line");
    }

    /** Test libraries, and the JavaFX jars a headless command never loads (they make up most of the copying). */
    private static boolean leftOut(String entry) {
        String e = entry.replace('\\', '/').toLowerCase(Locale.ROOT);
        return e.endsWith("/test-classes") || Stream.of("junit", "assertj", "testfx", "monocle", "archunit",
                "opentest4j", "apiguardian", "surefire", "byte-buddy", "greenmail", "/org/openjfx/", "controlsfx",
                "chartfx", "hansolo", "atlantafx", "ikonli").anyMatch(e::contains);
    }

    private static Path mergeClassPath(Path target) throws IOException {
        Set<String> written = new HashSet<>();
        Map<String, ByteArrayOutputStream> services = new LinkedHashMap<>();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launcher.class.getName());
        try (JarOutputStream out = new JarOutputStream(new java.io.BufferedOutputStream(
                Files.newOutputStream(target), 1 << 16), manifest)) {
            out.setLevel(java.util.zip.Deflater.NO_COMPRESSION); // a throw-away jar: copying speed is what counts
            written.add("META-INF/MANIFEST.MF");
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path p = Path.of(entry);
                if (entry.isBlank() || leftOut(entry) || !Files.exists(p)) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        for (Path f : files.filter(Files::isRegularFile).toList()) {
                            String name = p.relativize(f).toString().replace('\\', '/');
                            try (InputStream in = Files.newInputStream(f)) {
                                copy(name, in, out, written, services);
                            }
                        }
                    }
                } else {
                    try (JarFile jar = new JarFile(p.toFile())) {
                        for (JarEntry e : java.util.Collections.list(jar.entries())) {
                            if (!e.isDirectory()) {
                                try (InputStream in = jar.getInputStream(e)) {
                                    copy(e.getName(), in, out, written, services);
                                }
                            }
                        }
                    }
                }
            }
            for (Map.Entry<String, ByteArrayOutputStream> s : services.entrySet()) {
                out.putNextEntry(new JarEntry(s.getKey()));
                out.write(s.getValue().toByteArray());
                out.closeEntry();
            }
        }
        return target;
    }

    private static void copy(String name, InputStream in, JarOutputStream out, Set<String> written,
                             Map<String, ByteArrayOutputStream> services) throws IOException {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("META-INF/MANIFEST.MF") || name.endsWith("module-info.class") || upper.endsWith(".SF")
                || upper.endsWith(".DSA") || upper.endsWith(".RSA")) {
            return;
        }
        if (name.startsWith("META-INF/services/")) {
            OutputStream buffer = services.computeIfAbsent(name, k -> new ByteArrayOutputStream());
            in.transferTo(buffer);
            buffer.write("\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!written.add(name)) {
            return;
        }
        // directory entries too, as the shade plugin writes them: Flyway finds its migrations by folder
        for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
            String dir = name.substring(0, slash + 1);
            if (written.add(dir)) {
                out.putNextEntry(new JarEntry(dir));
                out.closeEntry();
            }
        }
        out.putNextEntry(new JarEntry(name));
        in.transferTo(out);
        out.closeEntry();
    }
}
