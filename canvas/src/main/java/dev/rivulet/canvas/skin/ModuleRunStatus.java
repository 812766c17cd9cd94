package dev.rivulet.canvas.skin;

/**
 * What a module is doing in a run, as the canvas shows it under the module: a coloured dot for the state and the
 * events per second in and out; a failure carries its message (the tooltip). The canvas knows nothing of engines:
 * whoever runs the canvas hands these over ({@code CanvasView.setModuleStatus}).
 *
 * <p>Usage: {@code view.setModuleStatus(Map.of(hash, new ModuleRunStatus(State.RUNNING, null, 12.5, 12.5)));}
 *
 * @param message why the module failed, or a warning ("input 'in' never received data"); may be null
 */
public record ModuleRunStatus(State state, String message, double inPerSecond, double outPerSecond) {
    /** The states a module can be in while its canvas runs. */
    public enum State {
        RUNNING("running"),
        WAITING("waiting for inputs"),
        FAILED("failed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The footer's text: "running · 12/s in · 10/s out". */
    public String summary() {
        return state.label() + " · " + rate(inPerSecond) + " in · " + rate(outPerSecond) + " out";
    }

    private static String rate(double perSecond) {
        if (perSecond >= 10_000) {
            return Math.round(perSecond / 1000) + "k/s";
        }
        if (perSecond >= 10 || perSecond == Math.rint(perSecond)) {
            return Math.round(perSecond) + "/s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f/s", perSecond);
    }
}
