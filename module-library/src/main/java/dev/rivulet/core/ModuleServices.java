package dev.rivulet.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Services that the composition root hands to modules through the registry: things a module cannot make itself,
 * such as the wallet that the Ethereum modules sign with. Modules that need one look it up while they are configured
 * ({@code registry().services().get(WalletService.class)}) and report a configuration problem when it is missing, so
 * a canvas that uses them still opens, validates and shows what is missing. Immutable; {@link #with} returns a copy.
 *
 * <p>Usage: {@code ModuleRegistry.load().withServices(ModuleServices.NONE.with(WalletService.class, wallet))}
 */
public final class ModuleServices {
    /** No services: modules that need one report it as missing. */
    public static final ModuleServices NONE = new ModuleServices(Map.of());

    private final Map<Class<?>, Object> byType;

    private ModuleServices(Map<Class<?>, Object> byType) {
        this.byType = byType;
    }

    /** These services plus {@code service} under {@code type} (replacing an earlier one of that type). */
    public <T> ModuleServices with(Class<T> type, T service) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(service, "service");
        Map<Class<?>, Object> copy = new LinkedHashMap<>(byType);
        copy.put(type, service);
        return new ModuleServices(Map.copyOf(copy));
    }

    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(byType.get(type)));
    }

    public boolean isEmpty() {
        return byType.isEmpty();
    }
}
