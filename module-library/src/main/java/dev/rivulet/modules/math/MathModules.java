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
                .help("The larger of two values."),
            ModuleDefinition.of("change-absolute", "ChangeAbsolute", CATEGORY, ChangeAbsolute::new).streamrId(11)
                .aliases("Difference")
                .help("The difference between each value and the previous one. The first value only sets the "
                    + "starting point (unless the input has an initial value)."),
            ModuleDefinition.of("change-logarithmic", "ChangeLogarithmic", CATEGORY, ChangeLogarithmic::new)
                .streamrId(87)
                .help("The logarithmic change (log return) ln(current / previous) between consecutive values; "
                    + "nothing when a value is zero or the sign changes."),
            ModuleDefinition.of("change-relative", "ChangeRelative", CATEGORY, ChangeRelative::new).streamrId(35)
                .aliases("Return")
                .help("The relative change (current - previous) / previous between consecutive values, e.g. 0.05 "
                    + "for a 5 % rise; nothing after a zero."),
            ModuleDefinition.of("invert", "Invert", CATEGORY, Invert::new).streamrId(29)
                .aliases("Reciprocal", "Inverse")
                .help("The reciprocal 1 / x of the input; nothing is sent for zero."),
            ModuleDefinition.of("linear-mapper", "LinearMapper", CATEGORY, LinearMapper::new).streamrId(116)
                .help("Maps values linearly from the range xMin..xMax to yMin..yMax, clamping results to yMin..yMax "
                    + "(e.g. a 0..1 signal to 0..100)."),
            ModuleDefinition.of("log-natural", "LogNatural", CATEGORY, LogNatural::new).streamrId(115)
                .help("The natural logarithm of the input; nothing is sent for zero or negative inputs."),
            ModuleDefinition.of("modulo", "Modulo", CATEGORY, Modulo::new).streamrId(213)
                .help("The remainder of dividing the input by the divisor (with the sign of the input)."),
            ModuleDefinition.of("negate", "Negate", CATEGORY, Negate::new).streamrId(28).aliases("Negation")
                .help("Flips the sign of the input."),
            ModuleDefinition.of("round-to-step", "RoundToStep", CATEGORY, RoundToStep::new).streamrId(120)
                .help("Rounds the input to a multiple of precision: up, down, towards zero or away from zero."),
            ModuleDefinition.of("sign", "Sign", CATEGORY, Sign::new).streamrId(34)
                .help("The sign of the input: 1 for positive, -1 for negative, 0 for zero."),
            ModuleDefinition.of("square-root", "SquareRoot", CATEGORY, SquareRoot::new).streamrId(162)
                .aliases("sqrt")
                .help("The square root of the input; nothing is sent for negative inputs."));
    }
}
