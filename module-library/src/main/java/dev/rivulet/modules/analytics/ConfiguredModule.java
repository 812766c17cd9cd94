package dev.rivulet.modules.analytics;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.ModuleNode;
import java.util.Objects;

/**
 * Base of the analytics modules: parameters are read and checked in one place, {@link #configure()}, which runs at
 * initialize and again whenever a parameter's value differs from the one last applied.
 *
 * <p>Values are compared rather than asking whether a parameter "was triggered": a parameter fed by a connection is
 * not driving, so a new value there never marks it triggered, and comparing a handful of values per event is cheap
 * (doubles unboxed, texts usually the same object). A bad value throws {@link dev.rivulet.core.ModuleException} from
 * configure; the module then fails at each event until the value is fixed, instead of running half-configured.
 *
 * <p>Usage: {@code protected void configure() { gap = seconds(gapParam); } protected void process() { ... }}
 */
abstract class ConfiguredModule extends ModuleInstance {
    private static final Object NUMBER = new Object();
    private Parameter[] watched = new Parameter[0];
    private double[] appliedNumbers = new double[0];
    private Object[] appliedObjects = new Object[0];
    private boolean configured;

    /** Reads and checks the parameters; throws ModuleException with a clear message when one is bad. */
    protected abstract void configure();

    /** Handles one activation (what sendOutput does elsewhere); parameters are configured when it runs. */
    protected abstract void process();

    /**
     * Checks the saved parameters as soon as the module is configured, so that canvas validation lists a bad value
     * before anything runs ("parameter ..." problems are bad values there; an empty required setting is a warning, see
     * {@link MissingSetting}). Every configure message starts with the parameter's name. The state this touches is empty at this point, and initialize configures again anyway.
     */
    @Override
    protected void onConfiguration(ModuleNode node) {
        try {
            configure();
        } catch (MissingSetting e) {
            reportConfigurationProblem(e.getMessage());
        } catch (ModuleException e) {
            reportConfigurationProblem("parameter " + e.getMessage());
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        watched = params().toArray(new Parameter[0]);
        appliedNumbers = new double[watched.length];
        appliedObjects = new Object[watched.length];
        apply();
    }

    @Override
    public final void sendOutput() {
        refreshConfiguration();
        process();
    }

    /** Configures again if a parameter changed since the last configuration (call from onTime before acting). */
    protected final void refreshConfiguration() {
        if (!configured || changed()) {
            apply();
        }
    }

    /** False after a failed configuration: time listeners keep quiet until the parameters are fixed. */
    protected final boolean isConfigured() {
        return configured;
    }

    private void apply() {
        configured = false;
        configure();
        for (int i = 0; i < watched.length; i++) {
            Parameter p = watched[i];
            if (p.isDoubleValue()) {
                appliedObjects[i] = NUMBER;
                appliedNumbers[i] = p.getDouble();
            } else {
                appliedObjects[i] = p.getValue();
            }
        }
        configured = true;
    }

    private boolean changed() {
        for (int i = 0; i < watched.length; i++) {
            Parameter p = watched[i];
            if (p.isDoubleValue()) {
                if (appliedObjects[i] != NUMBER || Double.compare(appliedNumbers[i], p.getDouble()) != 0) {
                    return true;
                }
            } else if (!Objects.equals(appliedObjects[i], p.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Sends a notice once per run and module (warnings such as "too many keys"). */
    protected final void warnOnce(String topic, String message) {
        if (context() != null) {
            context().noticeOnce(topic + ":" + hash(), name() + ": " + message);
        }
    }
}
