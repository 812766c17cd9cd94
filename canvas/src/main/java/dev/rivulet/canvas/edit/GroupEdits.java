package dev.rivulet.canvas.edit;

import dev.rivulet.document.CanvasDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * Plans the edits of module groups as {@link LayoutListCommand}s (whole-list mementos, like comments). A module belongs
 * to at most one group: grouping modules takes them out of the groups they were in, and a group left with fewer than
 * one member disappears.
 */
final class GroupEdits {
    private final CanvasDocument doc;
    private final IntPredicate present;

    GroupEdits(CanvasDocument doc, IntPredicate present) {
        this.doc = doc;
        this.present = present;
    }

    List<CanvasGroup> groups() {
        return CanvasGroup.read(doc);
    }

    /** The group a module is in, or null. */
    CanvasGroup groupOf(int hash) {
        for (CanvasGroup g : groups()) {
            if (g.members().contains(hash)) {
                return g;
            }
        }
        return null;
    }

    LayoutListCommand<CanvasGroup> group(Collection<Integer> hashes, String title, String[] idOut) throws Refusal {
        Set<Integer> members = new LinkedHashSet<>();
        for (int h : hashes) {
            if (present.test(h)) {
                members.add(h);
            }
        }
        if (members.isEmpty()) {
            throw new Refusal("select modules to group");
        }
        List<CanvasGroup> before = groups();
        List<CanvasGroup> after = new ArrayList<>();
        for (CanvasGroup g : before) {
            List<Integer> rest = new ArrayList<>(g.members());
            rest.removeAll(members);
            if (rest.stream().anyMatch(present::test)) {
                after.add(g.withMembers(rest));
            }
        }
        String id = "g" + UUID.randomUUID().toString().substring(0, 8);
        String name = title == null || title.isBlank() ? "Group " + (before.size() + 1) : title;
        after.add(new CanvasGroup(id, name, new ArrayList<>(members), false));
        idOut[0] = id;
        return LayoutListCommand.groups("Group " + members.size() + (members.size() == 1 ? " module" : " modules"), before,
            after);
    }

    LayoutListCommand<CanvasGroup> ungroup(Collection<String> ids) throws Refusal {
        List<CanvasGroup> before = groups();
        List<CanvasGroup> after = new ArrayList<>(before);
        if (!after.removeIf(g -> ids.contains(g.id()))) {
            throw new Refusal("no group to ungroup");
        }
        int n = before.size() - after.size();
        return LayoutListCommand.groups(n == 1 ? "Ungroup" : "Ungroup " + n + " groups", before, after);
    }

    LayoutListCommand<CanvasGroup> setCollapsed(String id, boolean collapsed) throws Refusal {
        return replace(id, g -> {
            if (g.collapsed() == collapsed) {
                throw new Refusal(collapsed ? "already collapsed" : "already expanded");
            }
            return g.withCollapsed(collapsed);
        }, (collapsed ? "Collapse " : "Expand ") + "group");
    }

    LayoutListCommand<CanvasGroup> rename(String id, String title) throws Refusal {
        return replace(id, g -> {
            if (title == null || title.isBlank() || g.title().equals(title)) {
                throw new Refusal("nothing changed");
            }
            return g.withTitle(title);
        }, "Rename group");
    }

    private LayoutListCommand<CanvasGroup> replace(String id, Change change, String description) throws Refusal {
        List<CanvasGroup> before = groups();
        List<CanvasGroup> after = new ArrayList<>(before);
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).id().equals(id)) {
                after.set(i, change.apply(after.get(i)));
                return LayoutListCommand.groups(description + " " + after.get(i).title(), before, after);
            }
        }
        throw new Refusal("no such group");
    }

    @FunctionalInterface
    private interface Change {
        CanvasGroup apply(CanvasGroup g) throws Refusal;
    }
}
