package dev.rivulet.modules.custom;

/** The code a new JavaModule starts with: Streamr's template (a number input and output), in Rivulet's helpers. */
final class DefaultCode {
    static final String TEXT = """
        // Declare ports as fields with literal names:
        //   doubleInput("in"), stringOutput("text"), doubleParam("factor", 1), new TimeSeriesInput(this, "x") ...
        TimeSeriesInput in = doubleInput("in");
        TimeSeriesOutput out = doubleOutput("out");

        public void initialize() {
            // Initialize local variables
        }

        public void sendOutput() {
            // Write your module code here; debug("...") writes to the module's console
            out.send(in.getValue());
        }

        public void clearState() {
            // Clear internal state
        }
        """;

    private DefaultCode() {
    }
}
