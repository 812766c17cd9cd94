package dev.rivulet.core;

/** A failure inside a module at run time; the module is marked failed and the canvas runs on. */
public class ModuleException extends RuntimeException {
    public ModuleException(String message) {
        super(message);
    }

    public ModuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
