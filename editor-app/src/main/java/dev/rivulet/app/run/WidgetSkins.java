package dev.rivulet.app.run;

import dev.rivulet.canvas.geometry.ModuleGeometry;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.ModuleSkins;
import java.util.Map;

/**
 * Registers the skins that show a module's widget in its body, with the room each kind gets by default.
 *
 * <p>Usage: {@code ModuleSkins skins = WidgetSkins.register(ModuleSkins.standard(theme), runController);}
 */
public final class WidgetSkins {
    /** Default body size per widget kind (width, height, smallest height). */
    private static final Map<String, ModuleGeometry.Body> BODIES = Map.of(
        "chart", new ModuleGeometry.Body(380, 230, 80),
        "table", new ModuleGeometry.Body(340, 190, 60),
        "label", new ModuleGeometry.Body(180, 60, 30),
        "gauge", new ModuleGeometry.Body(200, 130, 60),
        "button", new ModuleGeometry.Body(140, 44, 32),
        "switcher", new ModuleGeometry.Body(140, 44, 32),
        "text-field", new ModuleGeometry.Body(220, 44, 32));

    private WidgetSkins() {
    }

    public static ModuleSkins register(ModuleSkins skins, WidgetHost host) {
        BODIES.forEach((kind, body) -> skins.register(kind, (CanvasTheme theme) -> new WidgetModuleSkin(theme, kind,
            host), body));
        return skins;
    }
}
