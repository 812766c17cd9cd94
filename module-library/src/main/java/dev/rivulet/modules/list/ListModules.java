package dev.rivulet.modules.list;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/**
 * The List category. Lists that arrive are never changed: every module builds a new list, since other modules may
 * hold the same one.
 */
public final class ListModules implements ModuleProvider {
    private static final String CATEGORY = "List";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("add-to-list", "AddToList", CATEGORY, AddToList::new).streamrId(548)
                .help("Inserts an item into a list at a given position. A position outside the list is reported on"
                    + " the error output."),
            ModuleDefinition.of("append-to-list", "AppendToList", CATEGORY, AppendToList::new).streamrId(549)
                .help("Adds an item at the end of a list."),
            ModuleDefinition.of("build-list", "BuildList", CATEGORY, BuildList::new).streamrId(550)
                .help("Makes a list of the values at its inputs, in input order. Connect the last input to get"
                    + " another one."),
            ModuleDefinition.of("constant-list", "ConstantList", CATEGORY, ConstantList::new).streamrId(802)
                .aliases("ListConstant")
                .help("A fixed list. Inputs connected to it always have the list; changing it while the canvas"
                    + " runs sends the new list downstream."),
            ModuleDefinition.of("contains-item", "ContainsItem", CATEGORY, ContainsItem::new).streamrId(551)
                .help("Tells whether a list holds an item."),
            ModuleDefinition.of("flatten-list", "FlattenList", CATEGORY, FlattenList::new).streamrId(552)
                .help("Opens up lists inside a list: [[1, 2], 3] becomes [1, 2, 3]. With deep, lists at every level"
                    + " are opened."),
            ModuleDefinition.of("get-from-list", "GetFromList", CATEGORY, GetFromList::new).streamrId(1012)
                .help("Takes the item at a position from a list; negative positions count from the end (-1 is the"
                    + " last item). An empty list or a position outside it is reported on the error output."),
            ModuleDefinition.of("head-list", "HeadList", CATEGORY, HeadList::new).streamrId(553)
                .help("Keeps the first items of a list, at most limit of them."),
            ModuleDefinition.of("indexes-of-item", "IndexesOfItem", CATEGORY, IndexesOfItem::new).streamrId(561)
                .help("Lists every position (from 0) where an item occurs in a list."),
            ModuleDefinition.of("index-of-item", "IndexOfItem", CATEGORY, IndexOfItem::new).streamrId(560)
                .help("The first position (from 0) of an item in a list. Sends nothing when the item is not there."),
            ModuleDefinition.of("indices", "Indices", CATEGORY, Indices::new).streamrId(541).aliases("Indexes")
                .help("Passes a list on together with the list of its positions 0, 1, 2..."),
            ModuleDefinition.of("list-size", "ListSize", CATEGORY, ListSize::new).streamrId(544)
                .help("The number of items in a list."),
            ModuleDefinition.of("list-to-events", "ListToEvents", CATEGORY, ListToEvents::new).streamrId(1030)
                .help("Sends the items of a list one at a time, each as an event of its own, so modules downstream"
                    + " run once per item."),
            ModuleDefinition.of("merge-list", "MergeList", CATEGORY, MergeList::new).streamrId(554)
                .help("Joins two lists: the items of head followed by the items of tail."),
            ModuleDefinition.of("range", "Range", CATEGORY, Range::new).streamrId(545)
                .help("A list of numbers from 'from' to 'to' in steps of 'step', e.g. 0, 1, 2 ... 100. Inputs"
                    + " connected to it always have the list."),
            ModuleDefinition.of("remove-from-list", "RemoveFromList", CATEGORY, RemoveFromList::new).streamrId(555)
                .help("Removes the item at a position from a list; negative positions count from the end. A"
                    + " position outside the list leaves it unchanged."),
            ModuleDefinition.of("repeat-item", "RepeatItem", CATEGORY, RepeatItem::new).streamrId(540)
                .help("Makes a list that holds the same item a number of times."),
            ModuleDefinition.of("reverse-list", "ReverseList", CATEGORY, ReverseList::new).streamrId(556)
                .help("Reverses the order of a list's items."),
            ModuleDefinition.of("shuffle-list", "ShuffleList", CATEGORY, ShuffleList::new).streamrId(565)
                .help("Puts a list's items in a random order."),
            ModuleDefinition.of("sort-list", "SortList", CATEGORY, SortList::new).streamrId(557)
                .help("Sorts a list, ascending or descending. Numbers sort by value and text alphabetically; in a"
                    + " mixed list numbers come first, then text, then true/false."),
            ModuleDefinition.of("sub-list", "SubList", CATEGORY, SubList::new).streamrId(546)
                .help("Cuts a piece out of a list: the items from position 'from' up to, not including, 'to'."
                    + " Positions outside the list are reported on the error output."),
            ModuleDefinition.of("tail-list", "TailList", CATEGORY, TailList::new).streamrId(558)
                .help("Keeps the last items of a list, at most limit of them."),
            ModuleDefinition.of("unique", "Unique", CATEGORY, Unique::new).streamrId(559)
                .help("Removes repeated items from a list, keeping the first occurrence of each."));
    }
}
