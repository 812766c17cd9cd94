package dev.rivulet.runtime.dashboard;

/**
 * One widget on a dashboard: which canvas and module it shows (the module's path: its hash, or hash/hash inside a
 * sub-canvas), the widget kind, a title, and its place on the dashboard's grid (column, row, width and height in
 * grid cells).
 */
public record DashboardItem(String canvasId, String modulePath, String widgetKind, String title,
                            int column, int row, int width, int height) {
    public DashboardItem {
        if (canvasId == null || canvasId.isBlank() || modulePath == null || modulePath.isBlank()) {
            throw new IllegalArgumentException("a dashboard item needs a canvas and a module");
        }
        if (column < 0 || row < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("a dashboard item needs a place on the grid (column and row from 0,"
                + " width and height from 1), got " + column + "," + row + " " + width + "x" + height);
        }
        widgetKind = widgetKind == null ? "" : widgetKind;
        title = title == null ? "" : title;
    }

    public DashboardItem movedTo(int newColumn, int newRow) {
        return new DashboardItem(canvasId, modulePath, widgetKind, title, newColumn, newRow, width, height);
    }

    public DashboardItem resizedTo(int newWidth, int newHeight) {
        return new DashboardItem(canvasId, modulePath, widgetKind, title, column, row, newWidth, newHeight);
    }

    public DashboardItem titled(String newTitle) {
        return new DashboardItem(canvasId, modulePath, widgetKind, newTitle, column, row, width, height);
    }

    /** True when the two items share at least one grid cell. */
    public boolean overlaps(DashboardItem other) {
        return column < other.column + other.width && other.column < column + width
            && row < other.row + other.height && other.row < row + height;
    }
}
