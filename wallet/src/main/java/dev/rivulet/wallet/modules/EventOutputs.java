package dev.rivulet.wallet.modules;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Output;
import dev.rivulet.wallet.LogEntry;
import dev.rivulet.wallet.abi.AbiCodec;
import dev.rivulet.wallet.abi.AbiEvent;
import dev.rivulet.wallet.abi.AbiParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The outputs of one contract event, as Streamr made them: one per field, named "Event.field" ("Event.(type)_i" for
 * unnamed fields), or a single Boolean output named after an event without fields, which sends true.
 */
final class EventOutputs {
    private final AbiEvent event;
    private final List<Output> outputs;

    private EventOutputs(AbiEvent event, List<Output> outputs) {
        this.event = event;
        this.outputs = outputs;
    }

    /** Declares the outputs through {@code output} (the module's own output factory). */
    static EventOutputs create(AbiEvent event, BiFunction<String, DataType, Output> output) {
        List<Output> outs = new ArrayList<>();
        if (event.inputs().isEmpty()) {
            outs.add(output.apply(event.name(), DataType.BOOLEAN));
        }
        for (int i = 0; i < event.inputs().size(); i++) {
            AbiParam p = event.inputs().get(i);
            outs.add(output.apply(event.name() + "." + SolidityTypes.portName(p, i), SolidityTypes.portType(p.type())));
        }
        return new EventOutputs(event, List.copyOf(outs));
    }

    /** Sends the fields of {@code log} if it is this event; true when it was. */
    boolean sendIfMatches(LogEntry log) {
        Optional<List<Object>> values = AbiCodec.decodeLog(event, log);
        if (values.isEmpty()) {
            return false;
        }
        if (event.inputs().isEmpty()) {
            outputs.get(0).send(true);
            return true;
        }
        for (int i = 0; i < outputs.size(); i++) {
            outputs.get(i).send(values.get().get(i));
        }
        return true;
    }
}
