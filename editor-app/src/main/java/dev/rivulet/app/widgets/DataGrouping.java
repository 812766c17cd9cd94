package dev.rivulet.app.widgets;

/**
 * How a chart draws many points per pixel column (Highcharts' data grouping approximations, as Streamr's chart had):
 * the band between each group's lowest and highest value, the group's average, or its open/high/low/close bar.
 */
enum DataGrouping {
    MIN_MAX("min/max", "min,max"),
    AVERAGE("average", "average"),
    OHLC("open/high/low/close", "open,high,low,close");

    private final String label;
    private final String csvColumns;

    DataGrouping(String label, String csvColumns) {
        this.label = label;
        this.csvColumns = csvColumns;
    }

    String csvColumns() {
        return csvColumns;
    }

    @Override
    public String toString() {
        return label;
    }
}
