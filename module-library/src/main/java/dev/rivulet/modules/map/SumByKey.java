package dev.rivulet.modules.map;

import dev.rivulet.core.Input;

/** Streamr's SumByKey: the sum of the values that arrived with each key (within the window). */
public final class SumByKey extends AggregateByKey {
    private final Input value = doubleInput("value").help("The amount added to the key's sum.");

    @Override
    protected double amount() {
        return value.getDouble();
    }
}
