package dev.rivulet.core;

import java.util.List;

/**
 * Messages that widget modules publish (Streamr's UI channel vocabulary, typed). Each carries the engine time at
 * which it was produced. The set is closed so that every consumer handles every kind.
 */
public sealed interface UiMessage {
    long time();

    /** A new table row; values in input order (Table: {@code nr}). */
    record TableRow(long time, List<Object> values) implements UiMessage {
    }

    /** Table headers (Table: {@code hdr}). */
    record TableHeaders(long time, List<String> headers) implements UiMessage {
    }

    /** A label's new value. */
    record LabelValue(long time, Object value) implements UiMessage {
    }

    /** A chart point on series {@code series} (Chart: {@code p}). */
    record ChartPoint(long time, int series, String seriesName, double y) implements UiMessage {
    }

    /** Chart series declaration (Chart: {@code init}). */
    record ChartInit(long time, List<String> seriesNames) implements UiMessage {
    }

    /** Anything else a widget needs, as a JSON-like map (gauge, map markers, heatmap points...). */
    record Generic(long time, String type, java.util.Map<String, Object> body) implements UiMessage {
    }
}
