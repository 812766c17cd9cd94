package dev.rivulet.runtime.live;

import dev.rivulet.core.UiMessage;

import java.util.Set;

/** How a widget message is coalesced on its way to the UI, and the key under which "latest wins" applies. */
record MessageKind(Policy policy, String key) {

    enum Policy {
        /** Describes the widget (table headers, chart series); kept and resent, never dropped. */
        DECLARATION,
        /** A state update: only the latest per key matters (labels, gauges, switch states, rule lists). */
        LATEST,
        /** Part of a sequence (rows, chart points, map points and deletions): order kept, bounded per frame. */
        ORDERED
    }

    // Generic message types that carry one item of a sequence (Streamr's map/heatmap "p" point, "d" delete);
    // every other generic type replaces the widget's previous state of that type.
    private static final Set<String> SEQUENCE_TYPES = Set.of("p", "d");

    private static final MessageKind HEADERS = new MessageKind(Policy.DECLARATION, "hdr");
    private static final MessageKind CHART_INIT = new MessageKind(Policy.DECLARATION, "init");
    private static final MessageKind ORDERED = new MessageKind(Policy.ORDERED, "");
    private static final MessageKind LABEL = new MessageKind(Policy.LATEST, "label");

    static MessageKind of(UiMessage message) {
        if (message instanceof UiMessage.TableRow || message instanceof UiMessage.ChartPoint) {
            return ORDERED;
        }
        if (message instanceof UiMessage.LabelValue) {
            return LABEL;
        }
        if (message instanceof UiMessage.TableHeaders) {
            return HEADERS;
        }
        if (message instanceof UiMessage.ChartInit) {
            return CHART_INIT;
        }
        UiMessage.Generic g = (UiMessage.Generic) message;
        return g.type() != null && SEQUENCE_TYPES.contains(g.type())
            ? ORDERED : new MessageKind(Policy.LATEST, "generic:" + g.type());
    }
}
