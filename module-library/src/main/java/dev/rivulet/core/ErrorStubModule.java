package dev.rivulet.core;

import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;

/**
 * Stands in for a module type this build does not know: it keeps the saved ports (so connections and data survive a
 * round trip) and never runs. Validation reports it.
 */
final class ErrorStubModule extends ModuleInstance {
    private final String missingType;

    ErrorStubModule(String missingType) {
        this.missingType = missingType;
    }

    String missingType() {
        return missingType;
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        for (PortNode p : node.params) {
            if (param(p.name) == null) {
                param(p.name, DataType.fromStreamr(p.type), p.value);
            }
        }
        for (PortNode p : node.inputs) {
            if (input(p.name) == null) {
                addStubInput(p);
            }
        }
        for (PortNode p : node.outputs) {
            if (output(p.name) == null) {
                output(p.name, DataType.OBJECT);
            }
        }
    }

    private void addStubInput(PortNode p) {
        Input in = input(p.name, DataType.OBJECT).optional();
        in.driving = false;
        in.canToggleDriving = false;
    }

    @Override
    public void sendOutput() {
        // never activates: it has no driving inputs
    }
}
