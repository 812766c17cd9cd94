package dev.rivulet.app.workspace;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.rivulet.canvas.skin.CanvasTheme;

/**
 * The workspace's light and dark looks: an AtlantaFX user-agent stylesheet for the controls and the matching canvas
 * colours (the canvas paints in code, see decision 0007).
 *
 * <p>Usage: {@code Application.setUserAgentStylesheet(WorkspaceTheme.DARK.stylesheet());}
 */
public enum WorkspaceTheme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), CanvasTheme.LIGHT),
    DARK(new PrimerDark().getUserAgentStylesheet(), CanvasTheme.DARK);

    private final String stylesheet;
    private final CanvasTheme canvasTheme;

    WorkspaceTheme(String stylesheet, CanvasTheme canvasTheme) {
        this.stylesheet = stylesheet;
        this.canvasTheme = canvasTheme;
    }

    public String stylesheet() {
        return stylesheet;
    }

    public CanvasTheme canvasTheme() {
        return canvasTheme;
    }

    public WorkspaceTheme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
