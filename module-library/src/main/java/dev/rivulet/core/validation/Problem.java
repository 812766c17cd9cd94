package dev.rivulet.core.validation;

/**
 * One thing wrong with a canvas, attributed to a module (the target module for connection problems).
 *
 * <p>Usage: {@code validator.validate(doc).stream().filter(p -> p.severity() == Problem.Severity.ERROR)}.
 *
 * @param moduleHash the module the problem is shown on
 * @param moduleName its display name, or null when the module does not exist (a connection to a missing module)
 * @param kind       what sort of problem, for filtering and tests; the message is for people
 */
public record Problem(int moduleHash, String moduleName, Severity severity, Kind kind, String message) {

    /** ERROR: the canvas will not do what it says (or will not run); WARNING: it runs, but something is off. */
    public enum Severity { ERROR, WARNING }

    /** The closed set of problems the validator finds. */
    public enum Kind {
        /** The module type is not implemented in this build (it loads as an error stub). */
        UNKNOWN_TYPE,
        /** Two modules share a hash; only the first is used. */
        DUPLICATE_HASH,
        /** The saved module has a port its type does not declare (ignored when run). */
        UNKNOWN_PORT,
        /** A connection refers to a module that is not on the canvas. */
        MISSING_MODULE,
        /** A connection refers to a port the module does not have. */
        MISSING_PORT,
        /** More than one connection into one input or parameter. */
        MULTIPLE_CONNECTIONS,
        /** A required input has no connection (the module never activates). */
        UNCONNECTED_INPUT,
        /** The output's type cannot flow into the input. */
        INCOMPATIBLE_TYPES,
        /** Modules feed each other in a loop without a feedback connection. */
        CYCLE,
        /** A parameter value the module cannot use (not a number, not one of the choices...). */
        BAD_VALUE,
        /** An imported Streamr connection whose source endpoint is not in the canvas. */
        DANGLING_SOURCE,
        /** Anything else the module reported while being configured. */
        CONFIGURATION
    }

    @Override
    public String toString() {
        return severity + " " + (moduleName == null ? "?" : moduleName) + " (" + moduleHash + "): " + message;
    }
}
