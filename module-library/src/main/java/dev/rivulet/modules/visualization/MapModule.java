package dev.rivulet.modules.visualization;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.Values;
import dev.rivulet.document.ModuleNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of the map widgets (Streamr's MapModule): each event moves the marker with the given id to a position and
 * publishes {@code {t:"p", id, lat, lng, color}} (plus {@code tracePointId}, {@code label}, {@code dir} when the
 * options ask for them). Markers and trace points can expire: on the clock tick at or after their expiry time the
 * module publishes {@code {t:"d", markerList, pointList}} with the ids to remove. A marker that moves again starts
 * its expiry anew.
 *
 * <p>As in Streamr, some ports exist only when their option is on: traceColor with drawTrace, label with markerLabel,
 * heading with directionalMarkers. The marker's color is traceColor's value (its default when the port is absent),
 * as Streamr sent it; markerColor is a display option. An unconnected id input means one marker, with id "id".
 */
abstract class MapModule extends ModuleInstance implements TimeListener {
    static final String DEFAULT_TRACE_COLOR = "rgba(233, 87, 15, 1.0)";

    private final Input id = anyInput("id").optional().help("Which marker to move; each id is its own marker."
        + " Leave unconnected for a single marker.");
    private final Input yInput;
    private final Input xInput;
    private Parameter traceColor;
    private Input label;
    private Input heading;

    private boolean drawTrace;
    private boolean markerLabel;
    private boolean directional;
    private long markerExpiryMillis;
    private long traceExpiryMillis;
    private long nextTracePoint;
    private final MapExpiry expiry = new MapExpiry();

    /**
     * @param geographic true for latitude/longitude inputs (in that order), false for image x/y inputs
     */
    MapModule(boolean geographic, double centerLat, double centerLng, int minZoom, int maxZoom, int zoom,
              boolean autoZoom) {
        if (geographic) {
            yInput = doubleInput("latitude").help("Latitude of the marker, in degrees.");
            xInput = doubleInput("longitude").help("Longitude of the marker, in degrees.");
        } else {
            xInput = doubleInput("x").help("Horizontal position of the marker on the image.");
            yInput = doubleInput("y").help("Vertical position of the marker on the image, growing downwards.");
        }
        option("centerLat", "double", centerLat, "Vertical coordinate of the map's initial center.");
        option("centerLng", "double", centerLng, "Horizontal coordinate of the map's initial center.");
        option("minZoom", "int", minZoom, "Smallest zoom level allowed.");
        option("maxZoom", "int", maxZoom, "Largest zoom level allowed.");
        option("zoom", "int", zoom, "Initial zoom level.");
        option("autoZoom", "boolean", autoZoom, "Zoom and pan to keep all markers in view.");
        option("drawTrace", "boolean", false, "Draw the path each marker has travelled (adds the traceColor"
            + " parameter).");
        option("traceWidth", "int", 2, "Width of the trace line, in pixels.");
        option("markerLabel", "boolean", false, "Show a label on each marker (adds the label input).");
        option("directionalMarkers", "boolean", false, "Turn markers to point where they head (adds the heading"
            + " input).");
        option("directionalMarkerIcon", "string", "arrow", "Icon of directional markers: arrowhead, arrow or"
            + " longArrow.");
        option("markerIcon", "string", "pin", "Icon of markers: pin or circle.");
        option("expiringTimeOfMarkerInSecs", "int", 0, "Remove a marker that has not moved for this many seconds;"
            + " 0 keeps markers forever.");
        option("expiringTimeOfTraceInSecs", "int", 0, "Remove trace points older than this many seconds; 0 keeps"
            + " them forever.");
        option("markerColor", "color", "rgba(233, 91, 21, 1.0)", "Color of the markers.");
        option("uiResendLast", "int", 0, "Messages resent to a widget that attaches late.");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        drawTrace = optionBoolean("drawTrace");
        markerLabel = optionBoolean("markerLabel");
        directional = optionBoolean("directionalMarkers");
        if (drawTrace) {
            traceColor = param("traceColor", DataType.COLOR, DEFAULT_TRACE_COLOR)
                .help("Color of the marker and of its trace.");
        }
        if (markerLabel) {
            label = anyInput("label").notDriving().help("Text shown on the marker; a new label alone does not"
                + " move it.");
        }
        if (directional) {
            heading = doubleInput("heading").optional()
                .help("Direction the marker points to, in degrees clockwise from north (up).");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        markerExpiryMillis = seconds("expiringTimeOfMarkerInSecs");
        traceExpiryMillis = seconds("expiringTimeOfTraceInSecs");
    }

    private long seconds(String option) {
        int s;
        try {
            s = optionInt(option);
        } catch (NumberFormatException e) {
            throw new ModuleException("option " + option + " must be a whole number of seconds, not \""
                + option(option) + "\"");
        }
        if (s < 0) {
            throw new ModuleException("option " + option + " cannot be negative, got " + s);
        }
        return s * 1000L;
    }

    /** Latitude the widget gets for the vertical input value. */
    abstract double toLatitude(double y);

    /** Longitude the widget gets for the horizontal input value. */
    abstract double toLongitude(double x);

    @Override
    public void sendOutput() {
        Object markerId = id.isConnected() ? id.getValue() : "id";
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("t", "p");
        marker.put("id", markerId);
        marker.put("lat", toLatitude(yInput.getDouble()));
        marker.put("lng", toLongitude(xInput.getDouble()));
        marker.put("color", Values.toText(traceColor != null ? traceColor.getValue() : DEFAULT_TRACE_COLOR));
        long now = now();
        if (markerExpiryMillis > 0) {
            expiry.marker(markerId, now + markerExpiryMillis);
        }
        if (drawTrace) {
            String point = hash() + "-" + nextTracePoint++;
            marker.put("tracePointId", point);
            if (traceExpiryMillis > 0) {
                expiry.tracePoint(point, now + traceExpiryMillis);
            }
        }
        if (markerLabel) {
            marker.put("label", label.hasValue() ? label.getValue() : "");
        }
        if (directional && heading.hasValue()) {
            marker.put("dir", heading.getDouble());
        }
        context().publish(this, new UiMessage.Generic(now, "p", marker));
    }

    @Override
    public void onTime(long epochMillis) {
        if (expiry.isEmpty()) {
            return;
        }
        List<Object> markers = expiry.expiredMarkers(epochMillis);
        List<Object> points = expiry.expiredPoints(epochMillis);
        if (markers.isEmpty() && points.isEmpty()) {
            return;
        }
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("t", "d");
        msg.put("markerList", List.copyOf(markers));
        msg.put("pointList", List.copyOf(points));
        context().publish(this, new UiMessage.Generic(epochMillis, "d", msg));
    }

    /** Forgets pending expiries (Streamr's clearState); markers already drawn stay. */
    @Override
    public void clearState() {
        expiry.clear();
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeLong(nextTracePoint);
        expiry.write(out);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        nextTracePoint = in.readLong();
        expiry.read(in);
    }
}
