package dev.rivulet.modules.input;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/**
 * The Input category: widgets through which the user acts on a running canvas (Button, Switcher, TextField). Their
 * widget events arrive through {@code CanvasRuntime.uiEvent} on the engine thread.
 */
public final class InputModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("button", "Button", "Input", Button::new).streamrId(218).widget("button")
                .help("A push button for the canvas or a dashboard: each press sends buttonValue downstream."
                    + " Useful to trigger actions by hand, such as resetting a counter or sending a message."),
            ModuleDefinition.of("switcher", "Switcher", "Input", Switcher::new).streamrId(219).widget("switcher")
                .help("An on/off switch: flipping it sends true or false downstream. Connected inputs have the"
                    + " switch's position from the start, and the position is kept with the canvas."),
            ModuleDefinition.of("text-field", "TextField", "Input", TextField::new).streamrId(220)
                .widget("text-field")
                .help("A text box: submitting it sends the text downstream. Connected inputs have the saved text"
                    + " from the start, and the text is kept with the canvas."));
    }
}
