package dev.rivulet.modules.custom;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.custom.CustomModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles JavaModule code in this process with the JDK's compiler (javax.tools), entirely in memory: the code is the
 * body of a class extending {@link CustomModule}, wrapped in a one-line header (imports, class declaration,
 * constructor) so that compiler lines minus one are the user's lines. Annotation processing is off, so compiling
 * never runs anything the code or the class path brings. Results are cached by the source's SHA-256 (an LRU of
 * {@value #CACHE_SIZE} sources), so each source compiles once however many modules and runs use it.
 *
 * <p>Usage: {@code CompiledCode c = compiler.compile(code); if (!c.ok()) c.problems().forEach(...);}
 */
public final class JavaCodeCompiler {
    static final int CACHE_SIZE = 128;
    /** Lines the header adds before the user's code. */
    static final int HEADER_LINES = 1;
    private static final Logger LOG = LoggerFactory.getLogger(JavaCodeCompiler.class);

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private volatile ClasspathIndex classpath;
    private final Map<String, CompiledCode> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledCode> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The compiled form of the code: from the cache, or compiled now (taking a moment the first time). */
    public CompiledCode compile(String code) {
        String sha = CodeFingerprint.of(code);
        synchronized (cache) {
            CompiledCode hit = cache.get(sha);
            if (hit != null) {
                return hit;
            }
        }
        // compiled outside the lock: two threads racing on one new source both compile it, which is harmless
        long start = System.nanoTime();
        CompiledCode result = compileNow(code, sha);
        LOG.debug("compiled custom code {} in {} ms ({} problems)", sha.substring(0, 12),
            (System.nanoTime() - start) / 1_000_000, result.problems().size());
        synchronized (cache) {
            cache.put(sha, result);
        }
        return result;
    }

    /** The name of the class generated for a source; the same in every instance's class loader. */
    static String className(String sha) {
        return "JavaModule_" + sha.substring(0, 16);
    }

    static String source(String className, String code) {
        return "import dev.rivulet.custom.*; import java.util.*; "
            + "public class " + className + " extends CustomModule { "
            + "public " + className + "(CustomModule.Host host) { super(host); }\n"
            + code + "\n}\n";
    }

    private CompiledCode compileNow(String code, String sha) {
        String className = className(sha);
        if (javac == null) {
            return CompiledCode.failed(sha, className, List.of(new CompileProblem(0, 0, "this Java runtime has no"
                + " compiler (custom code needs a JDK, or a runtime image that includes the jdk.compiler module)")));
        }
        long userLines = code.lines().count();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT,
            StandardCharsets.UTF_8);
        try (MemoryFileManager files = new MemoryFileManager(standard, classpath())) {
            JavacTask task = (JavacTask) javac.getTask(null, files, diagnostics,
                List.of("-proc:none", "-g", "-Xlint:none", "-implicit:none"), null,
                List.of(new MemoryFileManager.SourceFile(className, source(className, code))));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            List<CompileProblem> problems = errors(diagnostics, userLines);
            if (!problems.isEmpty()) {
                return CompiledCode.failed(sha, className, problems);
            }
            CompilationUnitTree unit = units.iterator().next();
            PortScanner ports = new PortScanner(Trees.instance(task), unit, className, HEADER_LINES);
            ports.scan();
            if (!ports.problems().isEmpty()) {
                return CompiledCode.failed(sha, className, ports.problems());
            }
            task.generate();
            problems = errors(diagnostics, userLines);
            if (!problems.isEmpty()) {
                return CompiledCode.failed(sha, className, problems);
            }
            return new CompiledCode(sha, className, files.classes(), ports.ports(), List.of(),
                ports.readsValueFields());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CompileProblem> errors(DiagnosticCollector<JavaFileObject> diagnostics, long userLines) {
        List<CompileProblem> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            long line = d.getLineNumber() == Diagnostic.NOPOS ? 0 : d.getLineNumber() - HEADER_LINES;
            long column = d.getColumnNumber() == Diagnostic.NOPOS ? 0 : d.getColumnNumber();
            if (line < 1 && d.getLineNumber() != Diagnostic.NOPOS) {
                line = 1; // a problem with the class as a whole (a missing method...) is shown on the first line
                column = 0;
            } else if (line > userLines) {
                line = Math.max(userLines, 1); // the closing brace we add: "reached end of file while parsing"
                column = 0;
            }
            problems.add(new CompileProblem(line, column, d.getMessage(Locale.ROOT)));
        }
        return problems;
    }

    private ClasspathIndex classpath() {
        ClasspathIndex index = classpath;
        if (index == null) {
            synchronized (this) {
                if (classpath == null) {
                    classpath = new ClasspathIndex(List.of(CustomModule.class, ModuleInstance.class));
                }
                index = classpath;
            }
        }
        return index;
    }
}
