package dev.rivulet.modules.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** Widget messages of one kind, as their bodies. */
    private static List<Map<String, Object>> generic(CanvasRun run, ModuleNode m, String type) {
        return run.messages(m).stream().filter(x -> x instanceof UiMessage.Generic g && g.type().equals(type))
            .map(x -> ((UiMessage.Generic) x).body()).toList();
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        assertThat(DefinitionChecks.assertCatalogued("button", 218, "Button", "Input").widget()).isEqualTo("button");
        assertThat(DefinitionChecks.assertCatalogued("switcher", 219, "Switcher", "Input").widget())
            .isEqualTo("switcher");
        assertThat(DefinitionChecks.assertCatalogued("text-field", 220, "TextField", "Input").widget())
            .isEqualTo("text-field");
    }

    // ---- Button ---------------------------------------------------------------------------------------------

    @Test
    void buttonPressSendsButtonValueEachTime() {
        ModuleNode button = b.add("button");
        b.param(button, "buttonValue", 5);
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(button, "out", table, "in1").connect(button, "out", count, "in").connect(count, "count", table, "in2");
        CanvasRun run = new CanvasRun(b.build());
        CanvasRuntime rt = run.start();
        rt.uiEvent(button.hash, Map.of());
        rt.uiEvent(button.hash, Map.of("type", "uiEvent"));
        // the same number twice: a button never suppresses repeats
        assertThat(run.rows(table)).containsExactly(row(5.0, 1.0), row(5.0, 2.0));
        assertThat(rt.module(button.hash).output("out").canBeNoRepeat()).isFalse();
    }

    @Test
    void buttonNameRelabelsTheWidgetWithoutSendingAnything() {
        ModuleNode text = b.add("text-field");
        ModuleNode button = b.add("button");
        ModuleNode table = b.add("table");
        b.connect(text, "out", button, "buttonName").connect(button, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build());
        CanvasRuntime rt = run.start();
        rt.uiEvent(text.hash, Map.of("value", "Sell"));
        rt.setParameter(button.hash, "buttonName", "Buy");
        assertThat(generic(run, button, "buttonName")).extracting(m -> m.get("buttonName"))
            .containsExactly("button", "Sell", "Buy");
        assertThat(run.rows(table)).isEmpty();
        // a value change is not a press either
        rt.setParameter(button.hash, "buttonValue", 3);
        assertThat(run.rows(table)).isEmpty();
        rt.uiEvent(button.hash, Map.of());
        assertThat(run.rows(table)).containsExactly(row(3.0));
    }

    // ---- Switcher -------------------------------------------------------------------------------------------

    @Test
    void switcherSendsEachFlipAndConnectedInputsHaveTheSavedPositionFromTheStart() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode sw = b.add("switcher");
        sw.putExtra("switcherValue", true);
        ModuleNode filter = b.add("filter");
        ModuleNode table = b.add("table");
        b.connect(sw, "out", filter, "pass").connect(s, "x", filter, "in1").connect(filter, "out1", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1)).run();
        // the switch was never touched, but it was saved "on": the filter passes at once
        assertThat(run.rows(table)).containsExactly(row(1.0));

        CanvasRuntime rt = run.runtime();
        rt.uiEvent(sw.hash, Map.of("value", false));
        new dev.rivulet.core.ReplayLoop(rt).source(rt.streamSources().get(0), new MemoryCursor().add(2000, 2))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        assertThat(run.rows(table)).containsExactly(row(1.0));
        assertThat(((Switcher) rt.module(sw.hash)).value()).isFalse();
        assertThat(generic(run, sw, "switcherValue")).extracting(m -> m.get("switcherValue"))
            .containsExactly(true, false);
    }

    @Test
    void switcherRejectsAnEventWithoutABooleanAndKeepsRunning() {
        ModuleNode sw = b.add("switcher");
        ModuleNode table = b.add("table");
        b.connect(sw, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build());
        CanvasRuntime rt = run.start();
        rt.uiEvent(sw.hash, Map.of("value", "maybe"));
        rt.uiEvent(sw.hash, Map.of("value", "TRUE"));
        rt.uiEvent(sw.hash, Map.of("value", false));
        assertThat(run.failures()).singleElement().asString().contains("needs value true or false", "maybe");
        assertThat(run.rows(table)).containsExactly(row(true), row(false));
    }

    // ---- TextField ------------------------------------------------------------------------------------------

    @Test
    void textFieldSendsSubmittedTextAndItsSavedTextIsReadyFromTheStart() {
        ModuleNode s = b.stream("s", "name:String");
        ModuleNode field = b.add("text-field");
        field.putExtra("textFieldValue", "!");
        ModuleNode concat = b.add("concatenate");
        ModuleNode table = b.add("table");
        b.connect(s, "name", concat, "in1").connect(field, "out", concat, "in2").connect(concat, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "a")).run();
        assertThat(run.rows(table)).containsExactly(row("a!"));

        run.runtime().uiEvent(field.hash, Map.of("value", 42));
        assertThat(run.rows(table)).containsExactly(row("a!"), row("a42"));
        assertThat(((TextField) run.runtime().module(field.hash)).value()).isEqualTo("42");
        assertThat(generic(run, field, "textFieldValue")).extracting(m -> m.get("textFieldValue"))
            .containsExactly("!", "42");
    }

    @Test
    void emptyTextFieldGivesNoValueUntilSubmitted() {
        ModuleNode s = b.stream("s", "name:String");
        ModuleNode field = b.add("text-field");
        ModuleNode concat = b.add("concatenate");
        ModuleNode table = b.add("table");
        b.connect(s, "name", concat, "in1").connect(field, "out", concat, "in2").connect(concat, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "a")).run();
        // concatenate waits for both inputs: nothing yet
        assertThat(run.rows(table)).isEmpty();
        run.runtime().uiEvent(field.hash, Map.of("value", ""));
        // an empty submission is still a submission
        assertThat(run.rows(table)).containsExactly(row("a"));
        run.runtime().uiEvent(field.hash, Map.of());
        assertThat(run.failures()).singleElement().asString().contains("needs a text value");
    }

    @Test
    void inputWidgetsKeepTheirStateThroughClearAndSnapshots() {
        ModuleNode sw = b.add("switcher");
        ModuleNode field = b.add("text-field");
        CanvasRun run = new CanvasRun(b.build());
        CanvasRuntime rt = run.start();
        rt.uiEvent(sw.hash, Map.of("value", true));
        rt.uiEvent(field.hash, Map.of("value", "hello"));
        rt.clearState();
        assertThat(((Switcher) rt.module(sw.hash)).value()).isTrue();
        assertThat(((TextField) rt.module(field.hash)).value()).isEqualTo("hello");
        byte[] snapshot = rt.snapshot();

        CanvasRun fresh = new CanvasRun(b.build());
        fresh.start().restore(snapshot);
        assertThat(((Switcher) fresh.runtime().module(sw.hash)).value()).isTrue();
        assertThat(((TextField) fresh.runtime().module(field.hash)).value()).isEqualTo("hello");
    }
}
