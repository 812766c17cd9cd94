package dev.rivulet.modules.math;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Time Series / Simple Math category. */
public final class MathModules implements ModuleProvider {
    private static final String CATEGORY = "Time Series/Simple Math";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("add", "Add", CATEGORY, Add::new).streamrId(520).aliases("Plus")
                .help("Adds up its inputs. Connect as many values as you like: a new input appears when the last one "
                    + "is connected, and unconnected inputs are ignored."),
            ModuleDefinition.of("subtract", "Subtract", CATEGORY, Subtract::new).streamrId(4).aliases("Minus")
                .help("Subtracts B from A."),
            ModuleDefinition.of("multiply", "Multiply", CATEGORY, Multiply::new).streamrId(1).aliases("Times")
                .help("Multiplies A by B."),
            ModuleDefinition.of("divide", "Divide", CATEGORY, Divide::new).streamrId(6)
                .help("Divides A by B. When B is zero nothing is sent."),
            ModuleDefinition.of("abs", "Abs", CATEGORY, Abs::new).streamrId(27).aliases("Absolute")
                .help("The absolute value of the input: negative numbers lose their sign."),
            ModuleDefinition.of("expression", "Expression", CATEGORY, Expression::new).streamrId(567)
                .aliases("Formula", "Evaluate")
                .help("Evaluates a formula such as \"(high+low)/2\". Each variable in the formula gets its own input. "
                    + "Operators + - * / ^ %, comparisons and functions such as SQRT, ABS, MIN, MAX, ROUND, IF are "
                    + "available. When a value cannot be computed (e.g. division by zero) the reason is sent to the "
                    + "error output instead."),
            ModuleDefinition.of("sum", "Sum", CATEGORY, Sum::new).streamrId(53)
                .help("The sum of the values in a sliding window of the last windowLength events or time units."),
            ModuleDefinition.of("count", "Count", CATEGORY, Count::new).streamrId(161).aliases("number")
                .help("Counts the events arriving at its input, whatever their type."),
            ModuleDefinition.of("min", "Min", CATEGORY, Min::new).streamrId(61).aliases("Minimum", "Smallest")
                .help("The smaller of two values."),
            ModuleDefinition.of("max", "Max", CATEGORY, Max::new).streamrId(62).aliases("Maximum", "Largest")
                .help("The larger of two values."));
    }
}
