package dev.rivulet.canvas.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.NativeCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditSessionTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    private EditSession session;
    private CanvasDocument doc;
    private final List<CanvasEdit> edits = new ArrayList<>();

    @BeforeEach
    void newCanvas() {
        doc = new CanvasDocument();
        session = new EditSession(doc, REGISTRY);
        session.addListener(edits::add);
    }

    @Test
    void addsModuleAtPositionAndUndoesIt() {
        int hash = session.addModule("abs", 100, 50);

        assertThat(doc.modules).extracting(m -> m.type).containsExactly("abs");
        assertThat(doc.ui.of(hash).x).isEqualTo(100);
        assertThat(session.undoDescription()).contains("Add Abs");
        assertThat(edits).last().extracting(CanvasEdit::changes).asList()
            .containsExactly(new CanvasChange.ModuleAdded(hash));

        assertThat(session.undo()).isTrue();
        assertThat(doc.modules).isEmpty();
        assertThat(doc.ui.of(hash)).isNull();
        assertThat(edits).last().extracting(CanvasEdit::origin).isEqualTo(CanvasEdit.Origin.UNDO);

        assertThat(session.redo()).isTrue();
        assertThat(doc.modules).extracting(m -> m.hash).containsExactly(hash);
        assertThat(doc.ui.of(hash).y).isEqualTo(50);
    }

    @Test
    void connectsCompatiblePortsAndRefusesIncompatibleOnesWithAReason() {
        int constant = session.addModule("constant", 0, 0);
        int text = session.addModule("constant-text", 0, 100);
        int abs = session.addModule("abs", 200, 0);

        EditResult refused = session.connect(text, "out", abs, "in");
        assertThat(refused.done()).isFalse();
        assertThat(refused.reason()).contains("types do not match").contains("String").contains("Double");
        assertThat(doc.connections).isEmpty();

        assertThat(session.connect(constant, "out", abs, "in").done()).isTrue();
        assertThat(doc.connections).extracting(ConnectionNode::toString).containsExactly(constant + ".out -> "
            + abs + ".in");
        assertThat(session.undoDescription()).contains("Connect out → in");
    }

    @Test
    void refusesSecondConnectionIntoAnInputButReplacesOnRequest() {
        int a = session.addModule("constant", 0, 0);
        int b = session.addModule("constant", 0, 100);
        int abs = session.addModule("abs", 200, 0);
        session.connect(a, "out", abs, "in");

        EditResult second = session.connect(b, "out", abs, "in");
        assertThat(second.done()).isFalse();
        assertThat(second.reason()).contains("already fed by");
        assertThat(session.checkConnection(b, "out", abs, "in").status()).isEqualTo(ConnectionCheck.Status.OCCUPIED);

        assertThat(session.replaceConnection(b, "out", abs, "in").done()).isTrue();
        assertThat(doc.connections).singleElement().satisfies(c -> assertThat(c.from.module).isEqualTo(b));

        session.undo();
        assertThat(doc.connections).singleElement().satisfies(c -> assertThat(c.from.module).isEqualTo(a));
    }

    @Test
    void refusesSelfConnectionsAndUnknownPorts() {
        int abs = session.addModule("abs", 0, 0);
        assertThat(session.connect(abs, "out", abs, "in").reason()).contains("cannot feed its own");
        assertThat(session.connect(abs, "nope", abs, "in").reason()).contains("has no output 'nope'");
        assertThat(session.connect(abs, "out", 999, "in").reason()).contains("999");
    }

    @Test
    void removingModulesRemovesTheirConnectionsAndUndoRestoresOrder() {
        int a = session.addModule("constant", 0, 0);
        int b = session.addModule("abs", 200, 0);
        int c = session.addModule("abs", 400, 0);
        session.connect(a, "out", b, "in");
        session.connect(b, "out", c, "in");
        String before = json();

        session.removeModules(List.of(b));
        assertThat(doc.modules).extracting(m -> m.hash).containsExactly(a, c);
        assertThat(doc.connections).isEmpty();
        assertThat(edits).last().extracting(CanvasEdit::changes).asList().hasSize(3);

        session.undo();
        assertThat(json()).isEqualTo(before);
    }

    @Test
    void movesASelectionAsOneCommand() {
        int a = session.addModule("abs", 10, 10);
        int b = session.addModule("abs", 100, 10);

        session.moveModules(List.of(a, b), 5, -5);
        assertThat(doc.ui.of(a).x).isEqualTo(15);
        assertThat(doc.ui.of(b).y).isEqualTo(5);
        assertThat(session.undoDescription()).contains("Move 2 modules");

        session.undo();
        assertThat(doc.ui.of(a).x).isEqualTo(10);
        assertThat(doc.ui.of(b).y).isEqualTo(10);
    }

    @Test
    void disconnectsAndUndoPutsTheWireBack() {
        int a = session.addModule("constant", 0, 0);
        int b = session.addModule("abs", 200, 0);
        session.connect(a, "out", b, "in");
        ConnectionNode wire = doc.connections.get(0);

        session.disconnect(List.of(wire));
        assertThat(doc.connections).isEmpty();
        session.undo();
        assertThat(doc.connections).containsExactly(wire);
    }

    @Test
    void setsParameterValuesRenamesAndTogglesFlags() {
        int ma = session.addModule("moving-average", 0, 0);
        assertThat(session.setParameter(ma, "windowLength", 5).done()).isTrue();
        assertThat(param(ma, "windowLength")).isEqualTo(5.0);
        assertThat(session.undoDescription()).contains("Set windowLength");

        session.rename(ma, "Fast average");
        assertThat(module(ma).displayName).isEqualTo("Fast average");

        assertThat(session.setPortFlag(ma, "out", PortFlag.NO_REPEAT, true).done()).isTrue();
        assertThat(module(ma).output("out").orElseThrow().noRepeat).isTrue();
        assertThat(session.setPortFlag(ma, "in", PortFlag.EXPORT, true).done()).isTrue();
        assertThat(module(ma).input("in").orElseThrow().export).isTrue();
        assertThat(session.setPortFlag(ma, "in", PortFlag.NO_REPEAT, true).done()).isFalse();

        session.undo();
        session.undo();
        session.undo();
        assertThat(module(ma).displayName).isNull();
        session.undo();
        assertThat(param(ma, "windowLength")).isEqualTo(10.0);
        assertThat(edits).last().extracting(CanvasEdit::changes).asList()
            .containsExactly(new CanvasChange.ModuleUpdated(ma));
    }

    @Test
    void changingAPortDefiningParameterDropsWiresOfVanishedPortsAndUndoRestoresThem() {
        int c = session.addModule("constant", 0, 0);
        int expr = session.addModule("expression", 200, 0);
        session.connect(c, "out", expr, "y");

        session.setParameter(expr, "expression", "x * 2");
        assertThat(module(expr).inputs).extracting(p -> p.name).containsExactly("x");
        assertThat(doc.connections).isEmpty();

        session.undo();
        assertThat(module(expr).inputs).extracting(p -> p.name).containsExactly("x", "y");
        assertThat(doc.connections).singleElement().satisfies(w -> assertThat(w.to.port).isEqualTo("y"));
    }

    @Test
    void connectingTheLastVariadicInputGrowsTheGroupInOneStep() {
        int c = session.addModule("constant", 0, 0);
        int add = session.addModule("add", 200, 0);
        session.connect(c, "out", add, "in1");
        assertThat(module(add).inputs).hasSize(2);

        session.connect(c, "out", add, "in2");
        assertThat(module(add).inputs).extracting(p -> p.name).containsExactly("in1", "in2", "in3");
        assertThat(module(add).input("in3").orElseThrow().variadic.isLast).isTrue();
        assertThat(module(add).input("in2").orElseThrow().variadic.isLast).isFalse();

        session.undo();
        assertThat(module(add).inputs).extracting(p -> p.name).containsExactly("in1", "in2");
        assertThat(doc.connections).hasSize(1);
    }

    @Test
    void growsAndShrinksVariadicPortsWithLinkedOutputs() {
        int pass = session.addModule("pass-through", 0, 0);
        assertThat(session.growVariadic(pass, true).done()).isTrue();
        assertThat(module(pass).inputs).extracting(p -> p.name).containsExactly("in1", "in2");
        assertThat(module(pass).outputs).extracting(p -> p.name).containsExactly("out1", "out2");

        assertThat(session.shrinkVariadic(pass, true).done()).isTrue();
        assertThat(module(pass).outputs).extracting(p -> p.name).containsExactly("out1");
        assertThat(session.shrinkVariadic(pass, true).reason()).contains("cannot be removed");
        assertThat(session.growVariadic(session.addModule("abs", 0, 0), true).reason())
            .contains("no variadic inputs");
    }

    @Test
    void refusesToShrinkAConnectedVariadicPort() {
        int c = session.addModule("constant", 0, 0);
        int pass = session.addModule("pass-through", 200, 0);
        session.growVariadic(pass, true);
        int abs = session.addModule("abs", 400, 0);
        session.connect(pass, "out2", abs, "in");

        EditResult r = session.shrinkVariadic(pass, true);
        assertThat(r.done()).isFalse();
        assertThat(r.reason()).contains("in2").contains("disconnect it first");
        assertThat(c).isPositive();
    }

    @Test
    void pastesWithFreshHashesOffsetAndInternalWiresOnly() {
        int a = session.addModule("constant", 0, 0);
        int b = session.addModule("abs", 200, 0);
        int outside = session.addModule("abs", 400, 0);
        session.connect(a, "out", b, "in");
        session.connect(b, "out", outside, "in");

        CanvasClip clip = session.copy(List.of(a, b));
        List<Integer> pasted = session.paste(clip, 30, 40);

        assertThat(pasted).hasSize(2).doesNotContain(a, b, outside);
        assertThat(doc.ui.of(pasted.get(1)).x).isEqualTo(230);
        assertThat(doc.ui.of(pasted.get(1)).y).isEqualTo(40);
        assertThat(doc.connections).hasSize(3)
            .anySatisfy(w -> assertThat(Set.of(w.from.module, w.to.module)).containsExactlyInAnyOrderElementsOf(
                pasted));
        assertThat(session.undoDescription()).contains("Paste 2 modules");

        session.undo();
        assertThat(doc.modules).hasSize(3);
        session.redo();
        assertThat(doc.modules).extracting(m -> m.hash).contains(pasted.get(0), pasted.get(1));
    }

    @Test
    void aNewEditClearsRedoAndDescriptionsFollowTheStack() {
        session.addModule("abs", 0, 0);
        session.addModule("abs", 0, 0);
        session.undo();
        assertThat(session.redoDescription()).contains("Add Abs");
        session.addModule("constant", 0, 0);
        assertThat(session.canRedo()).isFalse();
        assertThat(session.undoDescription()).contains("Add Constant");
        session.undo();
        session.undo();
        assertThat(session.canUndo()).isFalse();
        assertThat(session.undo()).isFalse();
    }

    @Test
    void hashesAreNeverReusedWithinASession() {
        int a = session.addModule("abs", 0, 0);
        session.undo();
        int b = session.addModule("abs", 0, 0);
        assertThat(b).isNotEqualTo(a);
    }

    private ModuleNode module(int hash) {
        return session.module(hash).orElseThrow();
    }

    private Object param(int hash, String name) {
        return module(hash).param(name).orElseThrow().value;
    }

    private String json() {
        try {
            return new NativeCodec().write(doc);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
