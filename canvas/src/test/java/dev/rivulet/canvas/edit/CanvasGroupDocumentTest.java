package dev.rivulet.canvas.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.NativeCodec;
import dev.rivulet.document.StreamrCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Module groups are saved in the native document and survive a Streamr export and re-import untouched. */
class CanvasGroupDocumentTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @Test
    void groupsWithTitleMembersAndCollapsedFlagSurviveNativeSaveAndLoad() throws Exception {
        EditSession session = new EditSession(new CanvasDocument(), REGISTRY);
        int a = session.addModule("constant", 40, 40);
        int b = session.addModule("abs", 300, 40);
        session.addModule("label", 600, 40);
        String id = session.group(List.of(a, b), "Scaling").orElseThrow();
        session.setGroupCollapsed(id, true);
        session.addComment(10, 300, "note");

        CanvasDocument loaded = new NativeCodec().read(new NativeCodec().write(session.document()), "t.json");

        assertThat(CanvasGroup.read(loaded)).containsExactly(new CanvasGroup(id, "Scaling", List.of(a, b), true));
        assertThat(CanvasComment.read(loaded)).extracting(CanvasComment::text).containsExactly("note");
    }

    @Test
    void streamrExportKeepsGroupsAndCommentsInAFieldStreamrIgnoresAndImportRestoresThem() throws Exception {
        EditSession session = new EditSession(new CanvasDocument(), REGISTRY);
        int a = session.addModule("constant", 40, 40);
        int b = session.addModule("abs", 300, 40);
        String id = session.group(List.of(a, b), "Pair").orElseThrow();
        session.addComment(10, 300, "kept");
        StreamrCodec streamr = new StreamrCodec(REGISTRY);
        List<String> problems = new ArrayList<>();

        String json = streamr.write(session.document(), problems);
        CanvasDocument back = streamr.read(json, "export.json", problems);

        assertThat(json).contains("\"" + StreamrCodec.UI_EXTRAS + "\"");
        assertThat(CanvasGroup.read(back)).containsExactly(new CanvasGroup(id, "Pair", List.of(a, b), false));
        assertThat(CanvasComment.read(back)).extracting(CanvasComment::text).containsExactly("kept");
        assertThat(back.extra()).doesNotContainKey(StreamrCodec.UI_EXTRAS);
    }

    @Test
    void groupingTakesModulesOutOfTheirOldGroupAndEveryStepUndoes() {
        EditSession session = new EditSession(new CanvasDocument(), REGISTRY);
        int a = session.addModule("constant", 40, 40);
        int b = session.addModule("abs", 300, 40);
        int c = session.addModule("label", 600, 40);
        String first = session.group(List.of(a, b), null).orElseThrow();
        String second = session.group(List.of(b, c), "Tail").orElseThrow();

        assertThat(session.groupOf(a).map(CanvasGroup::id)).contains(first);
        assertThat(session.groupOf(b).map(CanvasGroup::id)).contains(second);
        assertThat(session.groups()).extracting(CanvasGroup::title).containsExactly("Group 1", "Tail");

        session.setGroupCollapsed(second, true);
        session.ungroup(List.of(first));
        assertThat(session.groups()).extracting(CanvasGroup::id).containsExactly(second);
        session.undo();
        session.undo();
        assertThat(session.groups()).extracting(CanvasGroup::collapsed).containsExactly(false, false);
        session.undo();
        assertThat(session.groups()).singleElement().satisfies(g -> assertThat(g.members()).containsExactly(a, b));
        assertThat(session.group(List.of(), "none")).isEqualTo(Optional.empty());
    }
}
