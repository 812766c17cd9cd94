package dev.rivulet.modules.text;

import dev.rivulet.core.ModuleException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled regular expression that is recompiled only when its text (or case flag) changes, so that a live
 * parameter change takes effect and unchanged patterns cost nothing per event.
 */
final class Patterns {
    private final String paramName;
    private String source;
    private boolean ignoreCase;
    private Pattern pattern;

    Patterns(String paramName) {
        this.paramName = paramName;
    }

    /** The compiled pattern; a syntax error fails the module with the parameter name and the reason. */
    Pattern get(String regex, boolean caseInsensitive) {
        if (pattern == null || caseInsensitive != ignoreCase || !regex.equals(source)) {
            try {
                pattern = Pattern.compile(regex, caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            } catch (PatternSyntaxException e) {
                pattern = null;
                throw new ModuleException(paramName + " \"" + regex + "\" is not a valid regular expression: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : ""));
            }
            source = regex;
            ignoreCase = caseInsensitive;
        }
        return pattern;
    }
}
