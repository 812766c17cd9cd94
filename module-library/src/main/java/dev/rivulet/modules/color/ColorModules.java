package dev.rivulet.modules.color;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Utils/Color category. Colors travel as "rgba(r, g, b, a)" text (see {@link Rgba}). */
public final class ColorModules implements ModuleProvider {
    private static final String COLOR = "Utils/Color";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("constant-color", "ConstantColor", COLOR, ConstantColor::new).streamrId(215)
                .aliases("ColorConstant", "Color")
                .help("A constant color, for maps, charts and other widgets. Inputs connected to it always have the"
                    + " color; changing it while the canvas runs sends it downstream."),
            ModuleDefinition.of("gradient", "Gradient", COLOR, Gradient::new).streamrId(216)
                .help("Turns a number into a color between minColor and maxColor, by where it lies between minValue"
                    + " and maxValue: green for low and red for high by default, through yellow."));
    }
}
