package dev.rivulet.modules.math;

import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.DataAccessorIfc;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Streamr's Expression: evaluates a formula (EvalEx syntax) with one input per free variable. The formula is parsed
 * once, when the module is configured; each event only binds the variables and evaluates the parsed tree.
 * Evaluation problems (division by zero, a NaN input...) are sent to the error output, as in Streamr; a formula that
 * does not parse fails the module when the canvas starts.
 */
public final class Expression extends ModuleInstance {
    private final Parameter expressionParam = stringParam("expression", "x+y").updatesPorts()
        .help("The formula, e.g. \"(high+low)/2\" or \"SQRT(x^2+y^2)\". Every name that is not a function or a "
            + "constant (PI, E, TRUE, FALSE) becomes an input. Changing it changes the inputs.");
    private final Output out = doubleOutput("out").help("The value of the formula (true/false results give 1/0).");
    private final Output error = stringOutput("error")
        .help("Why the formula could not be evaluated for this event (e.g. division by zero).");

    /**
     * EvalEx's default configuration, built once: building it sets up every operator and function dictionary, which
     * cost more than parsing a short formula. It is never changed, and each expression gets its own data accessor.
     */
    private static final ExpressionConfiguration CONFIG = ExpressionConfiguration.defaultConfiguration();

    private com.ezylang.evalex.Expression expression;
    private DataAccessorIfc data;
    private String[] variables = new String[0];
    private Input[] variableInputs = new Input[0];
    private String configError;

    @Override
    protected void onConfiguration(ModuleNode node) {
        String text = expressionParam.getString();
        try {
            com.ezylang.evalex.Expression parsed = new com.ezylang.evalex.Expression(text, CONFIG);
            // parses and caches the syntax tree; evaluate() reuses it
            parsed.getAbstractSyntaxTree();
            List<String> names = variablesInOrder(parsed);
            for (String name : names) {
                if (endpoint(name) != null) {
                    configError = "the variable \"" + name + "\" in expression \"" + text
                        + "\" clashes with a port of the module; rename it";
                    return;
                }
            }
            List<Input> inputs = new ArrayList<>();
            for (String name : names) {
                inputs.add(doubleInput(name).help("Value of \"" + name + "\" in the formula."));
            }
            expression = parsed;
            data = parsed.getDataAccessor();
            variables = names.toArray(new String[0]);
            variableInputs = inputs.toArray(new Input[0]);
        } catch (ParseException e) {
            // Configuration must not throw (the canvas still has to load); the error is raised on start.
            configError = "expression \"" + text + "\" is invalid: " + e.getMessage();
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    /** Free variables in order of first appearance (EvalEx itself returns them sorted), without duplicates. */
    private static List<String> variablesInOrder(com.ezylang.evalex.Expression parsed) throws ParseException {
        Set<String> free = parsed.getUsedVariables();
        List<Token> tokens = new ArrayList<>();
        for (ASTNode n : parsed.getAllASTNodes()) {
            if (n.getToken().getType() == Token.TokenType.VARIABLE_OR_CONSTANT && free.contains(n.getToken().getValue())) {
                tokens.add(n.getToken());
            }
        }
        tokens.sort(Comparator.comparingInt(Token::getStartPosition));
        // EvalEx variables are case-insensitive: "X" and "x" are one input, named as first written
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> names = new ArrayList<>();
        for (Token t : tokens) {
            if (seen.add(t.getValue())) {
                names.add(t.getValue());
            }
        }
        return names;
    }

    @Override
    public void initialize() {
        if (configError != null) {
            throw new ModuleException(configError);
        }
    }

    @Override
    public void sendOutput() {
        if (expression == null) {
            throw new ModuleException(configError != null ? configError : "expression not configured");
        }
        EvaluationValue result;
        try {
            for (int i = 0; i < variables.length; i++) {
                data.setData(variables[i], expression.convertDoubleValue(variableInputs[i].getDouble()));
            }
            result = expression.evaluate();
        } catch (Exception e) {
            // EvaluationException, and NumberFormatException for NaN/Infinity inputs that BigDecimal cannot hold
            error.send(message(e));
            return;
        }
        if (result.isNumberValue()) {
            out.send(result.getNumberValue().doubleValue());
        } else if (result.isBooleanValue()) {
            // Streamr's older EvalEx returned comparisons as 1/0; keep that so "x > y" stays usable as a number
            out.send(result.getBooleanValue() ? 1.0 : 0.0);
        } else {
            error.send("the expression gave " + result.getValue() + ", which is not a number");
        }
    }

    private String message(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.toLowerCase(Locale.ROOT).contains("infinite or nan") || e instanceof NumberFormatException
            ? "an input is NaN or infinite, which a formula cannot use" : m;
    }
}
