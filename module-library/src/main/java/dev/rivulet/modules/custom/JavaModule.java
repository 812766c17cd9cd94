package dev.rivulet.modules.custom;

import dev.rivulet.core.CustomCodePolicy;
import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.UiMessage;
import dev.rivulet.custom.CustomModule;
import dev.rivulet.custom.CustomModuleDriver;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;

/**
 * Streamr's JavaModule (SimpleJavaCodeWrapper, #136): a module whose behaviour is Java code kept in the canvas (the
 * module's {@code "code"} field), the body of a class extending {@link CustomModule}.
 *
 * <p>Configuring the module compiles the code (once per source, cached) and reads its ports from it without running
 * any of it; compile errors become configuration problems, one per error, with the line and column in the user's
 * code, and the saved ports are kept so that connections survive until the code is fixed. Only {@link #initialize()}
 * runs the code, and only when the registry's {@link CustomCodePolicy} allows this source: it loads the classes into
 * a class loader of this instance alone and creates the user's object, whose {@code initialize}, {@code sendOutput}
 * and {@code clearState} then follow this module's. Anything the code throws marks the module failed with the
 * exception and the code line; the canvas runs on.
 */
public final class JavaModule extends ModuleInstance implements CustomModule.Host {
    /** The module field holding the source (Streamr's name). */
    public static final String CODE = "code";
    /** Debug lines also sent as run notices (stderr in headless runs), per module instance and run. */
    static final int DEBUG_NOTICE_LIMIT = 200;

    private final JavaCodeCompiler compiler;
    private CompiledCode compiled;
    private CustomModule code;
    private boolean refreshValues;
    private int debugLines;

    JavaModule(JavaCodeCompiler compiler) {
        this.compiler = compiler;
    }

    /** The compiled code (problems included), or null before configuration. */
    public CompiledCode compiled() {
        return compiled;
    }

    /** Compile errors of the current code, in the user's lines; empty when it compiles. */
    public List<CompileProblem> compileProblems() {
        return compiled == null ? List.of() : compiled.problems();
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        String source;
        if (node.extra(CODE) instanceof String s) {
            source = s;
        } else {
            // a new module (or one saved without code) gets the template, stored so that it is saved and exported
            source = DefaultCode.TEXT;
            node.putExtra(CODE, source);
        }
        compiled = compiler.compile(source);
        if (!compiled.ok()) {
            for (CompileProblem p : compiled.problems()) {
                reportConfigurationProblem(p.toString());
            }
            keepSavedPorts(node);
            return;
        }
        for (PortSpec p : compiled.ports()) {
            switch (p.kind()) {
                case INPUT -> input(p.name(), p.type()).help("An input declared by the module's code.");
                case PARAMETER -> param(p.name(), p.type(), p.defaultValue())
                    .help("A parameter declared by the module's code.");
                case OUTPUT -> output(p.name(), p.type()).help("An output declared by the module's code.");
            }
        }
    }

    /** Keeps the saved ports while the code does not compile, so that connections are not lost. */
    private void keepSavedPorts(ModuleNode node) {
        for (PortNode p : node.params) {
            if (param(p.name) == null && input(p.name) == null) {
                param(p.name, DataType.fromStreamr(p.type), p.value).help("Kept from the saved module until the code"
                    + " compiles.");
            }
        }
        for (PortNode p : node.inputs) {
            if (input(p.name) == null && param(p.name) == null) {
                anyInput(p.name).optional().help("Kept from the saved module until the code compiles.");
            }
        }
        for (PortNode p : node.outputs) {
            if (output(p.name) == null) {
                anyOutput(p.name).help("Kept from the saved module until the code compiles.");
            }
        }
    }

    @Override
    public void initialize() {
        if (compiled == null) {
            throw new ModuleException(name() + ": the module has no code");
        }
        if (!compiled.ok()) {
            List<CompileProblem> ps = compiled.problems();
            throw new ModuleException(name() + ": the code does not compile: " + ps.get(0)
                + (ps.size() > 1 ? " (and " + (ps.size() - 1) + " more)" : ""));
        }
        CustomCodePolicy policy = registry() == null ? CustomCodePolicy.NONE : registry().customCodePolicy();
        if (!policy.mayRun(compiled.sha256())) {
            throw new ModuleException(name() + ": custom code runs only in canvases you created or trusted (it"
                + " would run with all the rights of the application)");
        }
        debugLines = 0;
        refreshValues = compiled.readsValueFields();
        code = instantiate();
        try {
            code.initialize();
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    private CustomModule instantiate() {
        CodeClassLoader loader = new CodeClassLoader(compiled.classes(), CustomModule.class.getClassLoader());
        try {
            Class<?> c = Class.forName(compiled.className(), true, loader);
            return (CustomModule) c.getConstructor(CustomModule.Host.class).newInstance(this);
        } catch (InvocationTargetException e) {
            throw failure(e.getCause());
        } catch (ExceptionInInitializerError e) {
            throw failure(e.getCause() != null ? e.getCause() : e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ModuleException(name() + ": cannot load the compiled code: " + e, e);
        }
    }

    @Override
    public void sendOutput() {
        if (refreshValues) {
            CustomModuleDriver.refreshInputs(code);
        }
        try {
            code.sendOutput();
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    @Override
    public void clearState() {
        if (code == null) {
            return;
        }
        try {
            code.clearState();
        } catch (Throwable t) {
            // clearing goes on for the other modules; the user sees what went wrong
            context().listener().moduleFailed(this, failure(t).getMessage());
        }
    }

    @Override
    public void onStop() {
        if (code != null) {
            try {
                code.onStop();
            } catch (Throwable t) {
                throw failure(t);
            }
        }
    }

    /**
     * A module failure for something the code threw, naming the exception and the code line. Errors the JVM cannot
     * recover from (out of memory) are rethrown as they are; a stack overflow is the code's own failure.
     */
    private ModuleException failure(Throwable t) {
        if (t instanceof VirtualMachineError v && !(t instanceof StackOverflowError)) {
            throw v;
        }
        String what = t instanceof ModuleException ? t.getMessage()
            : t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + t.getMessage() : "");
        long line = codeLine(t);
        return new ModuleException(what + (line > 0 ? " (code line " + line + ")" : ""), t);
    }

    /** The line of the user's code where the throwable was raised (the innermost frame in the code), or 0. */
    private long codeLine(Throwable t) {
        String cls = compiled.className();
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if ((c.equals(cls) || c.startsWith(cls + "$")) && e.getLineNumber() > JavaCodeCompiler.HEADER_LINES) {
                return e.getLineNumber() - JavaCodeCompiler.HEADER_LINES;
            }
        }
        return 0;
    }

    // ---- CustomModule.Host (ports are this module's own: input/param/output come from ModuleInstance) ----------

    @Override
    public void debug(String message) {
        long t = now();
        if (context() == null) {
            return;
        }
        context().publish(this, new UiMessage.Generic(t, "debug", Map.of("msg", message, "t", t)));
        debugLines++;
        if (debugLines <= DEBUG_NOTICE_LIMIT) {
            context().listener().notice(name() + " (" + path() + ") debug: " + message);
        } else if (debugLines == DEBUG_NOTICE_LIMIT + 1) {
            context().listener().notice(name() + " (" + path() + "): further debug lines go to the module's"
                + " console only");
        }
    }

    @Override
    public long time() {
        return now();
    }
}
