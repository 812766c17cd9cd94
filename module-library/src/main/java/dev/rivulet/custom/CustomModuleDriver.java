package dev.rivulet.custom;

/**
 * What the engine's JavaModule does to a {@link CustomModule} besides calling its lifecycle methods. Not for user
 * code (calling it there is harmless).
 *
 * <p>Usage: {@code CustomModuleDriver.refreshInputs(code); code.sendOutput();}
 */
public final class CustomModuleDriver {
    private CustomModuleDriver() {
    }

    /** Sets the public {@code value} field of every input and parameter to its current value (Streamr's API). */
    public static void refreshInputs(CustomModule module) {
        for (CustomInput<?> in : module.inputs) {
            in.refresh();
        }
    }
}
