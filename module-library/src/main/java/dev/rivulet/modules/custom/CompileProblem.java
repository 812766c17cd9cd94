package dev.rivulet.modules.custom;

/**
 * One error in a JavaModule's code, placed in the code as the user wrote it (not the generated class around it).
 *
 * <p>Usage: {@code compiled.problems().forEach(p -> show(p.line(), p.column(), p.message()))}
 *
 * @param line   1-based line in the module's code (0 when the problem concerns no line, e.g. no compiler)
 * @param column 1-based column, or 0 when unknown
 */
public record CompileProblem(long line, long column, String message) {
    /** The form shown with the module's configuration problems: "code line 3, column 9: ';' expected". */
    @Override
    public String toString() {
        if (line <= 0) {
            return "code: " + message;
        }
        return "code line " + line + (column > 0 ? ", column " + column : "") + ": " + message;
    }
}
