package dev.rivulet.runtime.modules.streams;

import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldsJson;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Helpers shared by the Streams modules: the fields parameter, names to ids, look-ups by name. */
final class StreamFields {
    private StreamFields() {
    }

    /** Parses the fields parameter: {@code price:number, symbol:string} or a JSON list of {name, type}. */
    static List<FieldDefinition> parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            return List.of();
        }
        if (s.startsWith("[")) {
            return FieldsJson.read(s);
        }
        List<FieldDefinition> out = new ArrayList<>();
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                out.add(FieldDefinition.parse(part.trim()));
            }
        }
        return out;
    }

    /** The stream with exactly this name (ignoring case), first by id when several have it. */
    static Optional<StreamDefinition> byName(StreamRegistry registry, String name) {
        return registry.search(name).stream().filter(d -> d.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** A local id made from a name ("Room 1 / Temp" → "room-1/temp"), unique in the registry (-2, -3... added). */
    static StreamId idFor(StreamRegistry registry, String name) {
        StreamId id = slugId(name);
        String slug = id.toString();
        for (int i = 2; registry.find(id).isPresent(); i++) {
            id = StreamId.parse(slug + "-" + i);
        }
        return id;
    }

    /** A local id made from a name ("Room 1 / Temp" → "room-1/temp"). */
    static StreamId slugId(String name) {
        String slug = name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_./-]+", "-")
            .replaceAll("-*/-*", "/").replaceAll("/+", "/").replaceAll("^[-/]+|[-/]+$", "");
        if (slug.isEmpty()) {
            slug = "stream";
        }
        return StreamId.parse(slug);
    }
}
