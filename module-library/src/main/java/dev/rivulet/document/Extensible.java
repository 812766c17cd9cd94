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
    /** Created on first use: most nodes of a large canvas have no unknown fields, so most never need one. */
    private Map<String, Object> extra;

    /** Fields this version does not model, in the order they were read; mutable. */
    public Map<String, Object> extra() {
        if (extra == null) {
            extra = new LinkedHashMap<>();
        }
        return extra;
    }

    /** What Jackson writes after the modelled fields: the kept fields, or null (nothing) when there are none. */
    @JsonAnyGetter
    public Map<String, Object> extraOrNull() {
        return extra;
    }

    @JsonAnySetter
    public void putExtra(String key, Object value) {
        extra().put(key, value);
    }

    public Object extra(String key) {
        return extra == null ? null : extra.get(key);
    }

    protected void copyExtraFrom(Extensible other) {
        extra = other.extra == null || other.extra.isEmpty() ? null : DeepCopy.map(other.extra);
    }
}
