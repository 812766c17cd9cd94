package dev.rivulet.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Layout, kept apart from the logic: module positions and sizes by module hash (as a string key in JSON),
 * plus whatever else the editor stores (comments, groups, viewport) in {@link #extra()}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class CanvasLayout extends Extensible {
    public Map<String, ModuleLayout> modules = new LinkedHashMap<>();

    public ModuleLayout of(int hash) {
        return modules.get(Integer.toString(hash));
    }

    public void put(int hash, ModuleLayout layout) {
        modules.put(Integer.toString(hash), layout);
    }

    public CanvasLayout copy() {
        CanvasLayout c = new CanvasLayout();
        modules.forEach((k, v) -> c.modules.put(k, v.copy()));
        c.copyExtraFrom(this);
        return c;
    }

    /** Position and size of one module in canvas pixels; width/height null means "natural size". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"x", "y", "width", "height"})
    public static final class ModuleLayout extends Extensible {
        public double x;
        public double y;
        public Double width;
        public Double height;

        public ModuleLayout() {
        }

        public ModuleLayout(double x, double y) {
            this.x = x;
            this.y = y;
        }

        public ModuleLayout copy() {
            ModuleLayout l = new ModuleLayout(x, y);
            l.width = width;
            l.height = height;
            l.copyExtraFrom(this);
            return l;
        }
    }
}
