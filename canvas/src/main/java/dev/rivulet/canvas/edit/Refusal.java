package dev.rivulet.canvas.edit;

/** An edit that the rules do not allow; its message is shown to the user. Never leaves the package. */
final class Refusal extends Exception {
    Refusal(String reason) {
        super(reason, null, false, false);
    }
}
