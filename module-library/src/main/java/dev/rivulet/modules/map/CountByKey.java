package dev.rivulet.modules.map;

/** Streamr's CountByKey: how many times each key has arrived (within the window). */
public final class CountByKey extends AggregateByKey {
    @Override
    protected double amount() {
        return 1;
    }
}
