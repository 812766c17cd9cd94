package dev.rivulet.core;

import java.util.List;

/**
 * The module SPI: a jar contributes module types by listing an implementation of this interface in
 * {@code META-INF/services/dev.rivulet.core.ModuleProvider}.
 *
 * <p>Usage: {@code public final class MathModules implements ModuleProvider { public List<ModuleDefinition>
 * modules() { return List.of(ModuleDefinition.of("abs", "Abs", "Time Series/Simple Math", Abs::new)); } }}
 */
public interface ModuleProvider {
    List<ModuleDefinition> modules();
}
