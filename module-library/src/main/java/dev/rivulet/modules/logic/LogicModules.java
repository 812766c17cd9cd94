package dev.rivulet.modules.logic;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Boolean category. */
public final class LogicModules implements ModuleProvider {
    private static final String CATEGORY = "Boolean";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("greater-than", "GreaterThan", CATEGORY, GreaterThan::new).streamrId(46)
                .aliases(">").help("True when A is greater than B (or equal, with equality on)."),
            ModuleDefinition.of("less-than", "LessThan", CATEGORY, LessThan::new).streamrId(47)
                .aliases("<").help("True when A is less than B (or equal, with equality on)."),
            ModuleDefinition.of("equals", "Equals", CATEGORY, Equals::new).streamrId(45)
                .aliases("=").help("True when A and B are equal, or differ by at most the tolerance."),
            ModuleDefinition.of("and", "And", CATEGORY, And::new).streamrId(30)
                .help("True when both inputs are true."),
            ModuleDefinition.of("or", "Or", CATEGORY, Or::new).streamrId(31)
                .help("True when at least one input is true."),
            ModuleDefinition.of("not", "Not", CATEGORY, Not::new).streamrId(32)
                .help("Inverts a condition: true becomes false and false becomes true."),
            ModuleDefinition.of("if-then-else", "IfThenElse", CATEGORY, IfThenElse::new).streamrId(48)
                .aliases("Condition")
                .help("Sends the \"then\" value when the condition is true and the \"else\" value otherwise."),
            ModuleDefinition.of("boolean-to-number", "BooleanToNumber", CATEGORY, BooleanToNumber::new)
                .streamrId(1002)
                .help("Turns a condition into a number: 1 for true, 0 for false (to count, average or chart it)."),
            ModuleDefinition.of("same-sign", "SameSign", CATEGORY, SameSign::new).streamrId(33)
                .help("Tells whether two numbers have the same sign (both positive, both negative or both zero), "
                    + "and sends that sign when they do."),
            ModuleDefinition.of("xor", "Xor", CATEGORY, Xor::new).streamrId(573)
                .help("True when exactly one of the two inputs is true (exclusive or)."));
    }
}
