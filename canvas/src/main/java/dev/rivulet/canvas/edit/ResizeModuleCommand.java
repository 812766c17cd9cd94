package dev.rivulet.canvas.edit;

/** Resizes one module (a widget's body, by its resize handle); undo restores the size it had, natural or stored. */
public final class ResizeModuleCommand implements Command {
    private final int hash;
    private final Double widthBefore;
    private final Double heightBefore;
    private final Double width;
    private final Double height;

    ResizeModuleCommand(int hash, Double widthBefore, Double heightBefore, Double width, Double height) {
        this.hash = hash;
        this.widthBefore = widthBefore;
        this.heightBefore = heightBefore;
        this.width = width;
        this.height = height;
    }

    @Override
    public String description() {
        return "Resize module";
    }

    @Override
    public void apply(DocumentEditor editor) {
        editor.setSize(hash, width, height);
    }

    @Override
    public void revert(DocumentEditor editor) {
        editor.setSize(hash, widthBefore, heightBefore);
    }
}
