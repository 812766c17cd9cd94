package dev.rivulet.modules.analytics;

import dev.rivulet.core.ModuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the field lists of PickFields, RenameFields and DropFields: comma-separated names, with "a as b" (PickFields)
 * or "old:new" (RenameFields) pairs. Blank entries between commas are ignored; everything else must be well formed,
 * or a ModuleException says which entry is wrong.
 *
 * <p>Usage: {@code Map<String, String> picks = FieldLists.picks("price as p, volume");}
 */
final class FieldLists {
    private static final Pattern AS = Pattern.compile("\\s+as\\s+", Pattern.CASE_INSENSITIVE);

    private FieldLists() {
    }

    /** The names in a comma list, trimmed, in order (possibly none); duplicates refused. */
    static List<String> names(String paramName, String text) {
        List<String> names = new ArrayList<>();
        for (String entry : entries(text)) {
            if (names.contains(entry)) {
                throw new ModuleException(paramName + " lists \"" + entry + "\" twice");
            }
            names.add(entry);
        }
        return names;
    }

    /** Source field → output name, in order: "a" keeps its name, "a as b" renames it. */
    static Map<String, String> picks(String paramName, String text) {
        Map<String, String> picks = new LinkedHashMap<>();
        List<String> outputs = new ArrayList<>();
        for (String entry : entries(text)) {
            String[] parts = AS.split(entry, -1);
            if (parts.length > 2 || parts[0].isBlank() || (parts.length == 2 && parts[1].isBlank())
                || entry.toLowerCase(Locale.ROOT).endsWith(" as")) {
                throw new ModuleException(paramName + ": \"" + entry + "\" should be a field name or \"field as"
                    + " newName\"");
            }
            String from = parts[0].trim();
            String to = parts.length == 2 ? parts[1].trim() : from;
            if (picks.containsKey(from)) {
                throw new ModuleException(paramName + " lists \"" + from + "\" twice");
            }
            if (outputs.contains(to)) {
                throw new ModuleException(paramName + " would make two fields named \"" + to + "\"");
            }
            picks.put(from, to);
            outputs.add(to);
        }
        if (picks.isEmpty()) {
            throw new MissingSetting(paramName + " is empty: list the fields to keep, e.g. price, volume as qty");
        }
        return picks;
    }

    /** Old name → new name from "old:new, ..." (possibly none); two fields renamed to one name are refused. */
    static Map<String, String> renames(String paramName, String text) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (String entry : entries(text)) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1 || entry.indexOf(':', colon + 1) >= 0) {
                throw new ModuleException(paramName + ": \"" + entry + "\" should be old:new");
            }
            String from = entry.substring(0, colon).trim();
            String to = entry.substring(colon + 1).trim();
            if (from.isEmpty() || to.isEmpty()) {
                throw new ModuleException(paramName + ": \"" + entry + "\" should be old:new");
            }
            if (renames.containsKey(from)) {
                throw new ModuleException(paramName + " renames \"" + from + "\" twice");
            }
            if (renames.containsValue(to)) {
                throw new ModuleException(paramName + " renames two fields to \"" + to + "\"");
            }
            renames.put(from, to);
        }
        return renames;
    }

    private static List<String> entries(String text) {
        List<String> list = new ArrayList<>();
        for (String s : (text == null ? "" : text).split(",")) {
            if (!s.isBlank()) {
                list.add(s.trim());
            }
        }
        return list;
    }
}
