package dev.rivulet.modules.custom;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.rivulet.core.DataType;
import dev.rivulet.custom.CustomModule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the ports a JavaModule's code declares by reading its attributed syntax tree, so that ports (and mistakes in
 * declaring them) are known without running any of the code: a port is a field of the module class initialised with
 * a port helper ({@code doubleInput("in")}, {@code new TimeSeriesInput(this, "in")}) with a literal name, and a
 * parameter's default is a literal too.
 */
final class PortScanner extends TreePathScanner<Void, Void> {
    private static final String API = "dev.rivulet.custom.";
    private static final Map<String, Port> HELPERS = Map.ofEntries(
        Map.entry("TimeSeriesInput", new Port(PortSpec.Kind.INPUT, DataType.DOUBLE)),
        Map.entry("StringInput", new Port(PortSpec.Kind.INPUT, DataType.STRING)),
        Map.entry("BooleanInput", new Port(PortSpec.Kind.INPUT, DataType.BOOLEAN)),
        Map.entry("MapInput", new Port(PortSpec.Kind.INPUT, DataType.MAP)),
        Map.entry("ListInput", new Port(PortSpec.Kind.INPUT, DataType.LIST)),
        Map.entry("AnyInput", new Port(PortSpec.Kind.INPUT, DataType.OBJECT)),
        Map.entry("TimeSeriesOutput", new Port(PortSpec.Kind.OUTPUT, DataType.DOUBLE)),
        Map.entry("StringOutput", new Port(PortSpec.Kind.OUTPUT, DataType.STRING)),
        Map.entry("BooleanOutput", new Port(PortSpec.Kind.OUTPUT, DataType.BOOLEAN)),
        Map.entry("MapOutput", new Port(PortSpec.Kind.OUTPUT, DataType.MAP)),
        Map.entry("ListOutput", new Port(PortSpec.Kind.OUTPUT, DataType.LIST)),
        Map.entry("AnyOutput", new Port(PortSpec.Kind.OUTPUT, DataType.OBJECT)),
        Map.entry("DoubleParameter", new Port(PortSpec.Kind.PARAMETER, DataType.DOUBLE)),
        Map.entry("IntegerParameter", new Port(PortSpec.Kind.PARAMETER, DataType.DOUBLE)),
        Map.entry("StringParameter", new Port(PortSpec.Kind.PARAMETER, DataType.STRING)),
        Map.entry("BooleanParameter", new Port(PortSpec.Kind.PARAMETER, DataType.BOOLEAN)));

    private final Trees trees;
    private final CompilationUnitTree unit;
    private final String moduleClass;
    private final int headerLines;
    private final List<PortSpec> ports = new ArrayList<>();
    private final List<CompileProblem> problems = new ArrayList<>();
    private final Set<String> receiving = new HashSet<>();
    private final Set<String> sending = new HashSet<>();
    private boolean readsValueFields;

    private record Port(PortSpec.Kind kind, DataType type) {
    }

    PortScanner(Trees trees, CompilationUnitTree unit, String moduleClass, int headerLines) {
        this.trees = trees;
        this.unit = unit;
        this.moduleClass = moduleClass;
        this.headerLines = headerLines;
    }

    List<PortSpec> ports() {
        return ports;
    }

    List<CompileProblem> problems() {
        return problems;
    }

    /** Whether the code reads the public {@code value} field of an input (Streamr's style), which costs a refresh. */
    boolean readsValueFields() {
        return readsValueFields;
    }

    void scan() {
        scan(new TreePath(unit), null);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        if (node.getIdentifier().contentEquals("value")) {
            Element e = trees.getElement(getCurrentPath());
            if (e != null && e.getKind() == ElementKind.FIELD && e.getEnclosingElement() instanceof TypeElement t
                && t.getQualifiedName().contentEquals(API + "CustomInput")) {
                readsValueFields = true;
            }
        }
        return super.visitMemberSelect(node, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
        Element e = trees.getElement(getCurrentPath());
        if (e != null && e.getEnclosingElement() instanceof TypeElement t) {
            Port port = helper(t);
            if (port != null) {
                declare(node, port, node.getArguments(), 1);
            }
        }
        return super.visitNewClass(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        Element e = trees.getElement(getCurrentPath());
        if (e instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner
            && owner.getQualifiedName().contentEquals(CustomModule.class.getName())) {
            TypeMirror ret = m.getReturnType();
            if (ret instanceof DeclaredType d && d.asElement() instanceof TypeElement t) {
                Port port = helper(t);
                if (port != null) {
                    declare(node, port, node.getArguments(), 0);
                }
            }
        }
        return super.visitMethodInvocation(node, unused);
    }

    private static Port helper(TypeElement t) {
        String name = t.getQualifiedName().toString();
        return name.startsWith(API) ? HELPERS.get(name.substring(API.length())) : null;
    }

    private void declare(Tree call, Port port, List<? extends ExpressionTree> args, int nameIndex) {
        TreePath parent = getCurrentPath().getParentPath();
        boolean field = parent.getLeaf() instanceof VariableTree v && v.getInitializer() == call
            && parent.getParentPath().getLeaf() instanceof ClassTree c && c.getSimpleName().contentEquals(moduleClass);
        if (!field) {
            problem(call, "declare ports in field initialisers of the module (not in methods or nested classes)");
            return;
        }
        if (args.size() <= nameIndex || !(literal(args.get(nameIndex)) instanceof String name)) {
            problem(call, "a port name must be a string literal");
            return;
        }
        Object defaultValue = null;
        if (port.kind() == PortSpec.Kind.PARAMETER) {
            defaultValue = args.size() > nameIndex + 1 ? literal(args.get(nameIndex + 1)) : null;
            if (defaultValue == null) {
                problem(call, "the default value of parameter \"" + name + "\" must be a literal");
                return;
            }
            if (defaultValue instanceof Number n && port.type() == DataType.DOUBLE) {
                defaultValue = n.doubleValue();
            }
        }
        Set<String> names = port.kind() == PortSpec.Kind.OUTPUT ? sending : receiving;
        if (!names.add(name)) {
            problem(call, "another " + (port.kind() == PortSpec.Kind.OUTPUT ? "output" : "input or parameter")
                + " is already named \"" + name + "\"");
            return;
        }
        ports.add(new PortSpec(port.kind(), name, port.type(), defaultValue));
    }

    /** The value of a literal (or a negated number literal), else null. */
    private static Object literal(ExpressionTree t) {
        if (t instanceof LiteralTree l) {
            return l.getValue();
        }
        if (t instanceof UnaryTree u && u.getKind() == Tree.Kind.UNARY_MINUS
            && u.getExpression() instanceof LiteralTree l && l.getValue() instanceof Number n) {
            return n instanceof Integer i ? (Object) (-i) : n instanceof Long x ? (Object) (-x)
                : n instanceof Float f ? (Object) (-f) : (Object) (-n.doubleValue());
        }
        return null;
    }

    private void problem(Tree at, String message) {
        long pos = trees.getSourcePositions().getStartPosition(unit, at);
        long line = unit.getLineMap().getLineNumber(pos) - headerLines;
        long column = unit.getLineMap().getColumnNumber(pos);
        problems.add(new CompileProblem(Math.max(line, 1), column, message));
    }
}
