package dev.rivulet.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base for document nodes that keep fields they do not know, so that a load/save round trip never drops
 * what another version (or Streamr) wrote.
 */
public abstract class Extensible {
    private final Map<String, Object> extra = new LinkedHashMap<>();

    /** Fields this version does not model, in the order they were read; mutable. */
    @JsonAnyGetter
    public Map<String, Object> extra() {
        return extra;
    }

    @JsonAnySetter
    public void putExtra(String key, Object value) {
        extra.put(key, value);
    }

    public Object extra(String key) {
        return extra.get(key);
    }

    protected void copyExtraFrom(Extensible other) {
        extra.clear();
        extra.putAll(DeepCopy.map(other.extra));
    }
}
