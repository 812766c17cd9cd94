package dev.rivulet.app.workspace;

import dev.rivulet.canvas.edit.EditSession;

/** A small price-alert canvas for screenshots and tests: a dozen modules, wires of several types, two problems. */
final class SampleCanvas {
    private SampleCanvas() {
    }

    /** Builds the canvas through the session and returns the hash of its moving average. */
    static int build(EditSession s) {
        int price = s.addModule("constant", 30, 40);
        s.rename(price, "Price");
        int window = s.addModule("constant", 30, 150);
        s.rename(window, "Window");
        s.setParameter(window, "constant", 20);
        int ma = s.addModule("moving-average", 250, 40);
        s.setParameter(ma, "windowLength", 20);
        int gt = s.addModule("greater-than", 500, 60);
        int filter = s.addModule("filter", 730, 40);
        int add = s.addModule("add", 250, 250);
        int mul = s.addModule("multiply", 500, 270);
        int table = s.addModule("table", 960, 40);
        int name = s.addModule("constant-text", 30, 360);
        s.setParameter(name, "str", "ACME");
        int concat = s.addModule("concatenate", 500, 420);
        s.addModule("label", 730, 430);
        int flag = s.addModule("boolean-constant", 250, 440);
        s.connect(price, "out", ma, "in");
        s.connect(window, "out", ma, "windowLength");
        s.connect(price, "out", gt, "A");
        s.connect(ma, "out", gt, "B");
        s.connect(gt, "A>B", filter, "pass");
        s.connect(price, "out", filter, "in1");
        s.connect(filter, "out1", table, "in1");
        s.connect(price, "out", add, "in1");
        s.connect(ma, "out", add, "in2");
        s.connect(add, "sum", mul, "A");
        s.connect(name, "out", concat, "in1");
        s.connect(flag, "out", table, "in2");
        s.addComment(760, 250, "Alert when the price crosses its 20-event moving average; the table keeps the "
            + "crossings.");
        return ma;
    }
}
