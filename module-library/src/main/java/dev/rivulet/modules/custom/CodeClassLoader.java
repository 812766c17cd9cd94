package dev.rivulet.modules.custom;

import java.util.Map;

/**
 * Loads the classes of one JavaModule instance's compiled code, and nothing else; everything else comes from the
 * application's loader. One loader per module instance, so two modules never share static state, and the classes
 * are unloaded once the run that used them is gone.
 */
final class CodeClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    CodeClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("rivulet-custom-code", parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
