package dev.rivulet.modules.text;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Text category (ConstantText is defined with the other constants in the Utils provider). */
public final class TextModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("value-as-text", "ValueAsText", "Text", ValueAsText::new).streamrId(208)
                .aliases("toString")
                .help("Turns any value into text: numbers (whole numbers without a decimal point), true/false,"
                    + " lists and maps."),
            ModuleDefinition.of("concatenate", "Concatenate", "Text", Concatenate::new).streamrId(131)
                .aliases("Join", "Append")
                .help("Joins texts end to end, in input order, without separators. Connect the last input to get"
                    + " another one."));
    }
}
