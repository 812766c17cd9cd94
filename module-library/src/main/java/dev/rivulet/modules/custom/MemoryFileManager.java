package dev.rivulet.modules.custom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * A file manager that writes nothing to disk: the source comes from a string, class files go to memory, and the class
 * path is read from the application's jars and folders through a {@link ClasspathIndex} (so compiling works the same
 * from a fat jar, a test runner or an IDE). Platform classes come from the standard file manager. One per compile.
 */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final ClasspathIndex classpath;
    private final Map<String, ByteArrayOutputStream> outputs = new LinkedHashMap<>();

    MemoryFileManager(StandardJavaFileManager standard, ClasspathIndex classpath) {
        super(standard);
        this.classpath = classpath;
    }

    /** The compiled classes, by binary name. */
    Map<String, byte[]> classes() {
        Map<String, byte[]> result = new LinkedHashMap<>();
        outputs.forEach((name, bytes) -> result.put(name, bytes.toByteArray()));
        return result;
    }

    @Override
    public boolean hasLocation(Location location) {
        return location == StandardLocation.CLASS_PATH || super.hasLocation(location);
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                                         boolean recurse) throws IOException {
        if (location != StandardLocation.CLASS_PATH) {
            return super.list(location, packageName, kinds, recurse);
        }
        List<JavaFileObject> result = new ArrayList<>();
        if (!kinds.contains(JavaFileObject.Kind.CLASS) || packageName.startsWith("java.")) {
            return result; // sources on the class path are never compiled; java.* comes from the platform
        }
        for (ClasspathIndex.ClassEntry e : classpath.list(packageName)) {
            result.add(new ClassPathFile(e));
        }
        return result;
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        if (file instanceof ClassPathFile c) {
            return c.entry.binaryName();
        }
        return super.inferBinaryName(location, file);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        if (a instanceof ClassPathFile || b instanceof ClassPathFile || a instanceof SourceFile
            || b instanceof SourceFile) {
            return a.toUri().equals(b.toUri());
        }
        return super.isSameFile(a, b);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                               FileObject sibling) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        outputs.put(className, bytes);
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
            @Override
            public OutputStream openOutputStream() {
                return bytes;
            }
        };
    }

    /** The module's source, held in memory. */
    static final class SourceFile extends SimpleJavaFileObject {
        private final String text;

        SourceFile(String className, String text) {
            super(URI.create("mem:///" + className + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** A class file found on the application's class path. */
    private static final class ClassPathFile extends SimpleJavaFileObject {
        private final ClasspathIndex.ClassEntry entry;

        ClassPathFile(ClasspathIndex.ClassEntry entry) {
            super(entry.uri(), Kind.CLASS);
            this.entry = entry;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            return entry.opener().open();
        }

        @Override
        public String getName() {
            return entry.uri().toString();
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            String binary = entry.binaryName();
            String last = binary.substring(binary.lastIndexOf('.') + 1);
            return kind == Kind.CLASS && last.equals(simpleName);
        }
    }
}
