package dev.rivulet.modules.analytics;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.ValueCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Geofence: whether positions are inside an area, and when they enter or leave it. The area is a polygon given as JSON
 * [[lat, lon], ...] or a circle (centre and radius in metres, distances as in GeoDistance).
 *
 * <p>With the id input connected, each id (a vehicle, a phone) has its own inside/outside state; otherwise all
 * positions are one object. entered and exited send true on a transition only; an object's first position counts as
 * entering when it is inside (it was not known to be inside before) and sends nothing when outside. At most maxIds ids
 * are remembered; the one not seen for longest is forgotten first, with a one-time notice.
 *
 * <p>The polygon test treats latitude and longitude as plane coordinates (ray casting), which is exact enough for
 * fences up to a few hundred kilometres that do not cross the ±180° meridian or enclose a pole. A point exactly on an
 * edge may count as either side. The polygon may repeat its first point at the end; it must have 3 distinct corners.
 * Changing the area while the canvas runs keeps each object's state, so the next position reports entering or leaving
 * relative to the new area.
 */
public final class Geofence extends ConfiguredModule {
    private final Input lat = doubleInput("lat").help("Latitude of the position, in degrees.");
    private final Input lon = doubleInput("lon").help("Longitude of the position, in degrees.");
    private final Input id = stringInput("id").optional().notDriving()
        .help("Optional: which object the position belongs to, so that each is tracked on its own.");
    private final Parameter shape = stringParam("shape", "polygon")
        .choices("polygon", "polygon", "circle", "circle")
        .help("The kind of area: a polygon (see polygon) or a circle (see centerLat, centerLon, radiusMeters).");
    private final Parameter polygon = stringParam("polygon", "").textArea()
        .help("The polygon's corners as JSON, latitude first: [[52.52, 13.40], [52.53, 13.42], [52.51, 13.43]].");
    private final Parameter centerLat = doubleParam("centerLat", 0).help("Circle: latitude of the centre, degrees.");
    private final Parameter centerLon = doubleParam("centerLon", 0).help("Circle: longitude of the centre, degrees.");
    private final Parameter radiusMeters = doubleParam("radiusMeters", 0)
        .help("Circle: the radius in metres (a point at exactly this distance is inside).");
    private final Parameter maxIds = doubleParam("maxIds", 100000)
        .help("At most this many ids are tracked; the one not seen for longest is forgotten first.");
    private final Output inside = output("inside", DataType.BOOLEAN)
        .help("For every position: true when it is inside the area.");
    private final Output entered = output("entered", DataType.BOOLEAN)
        .help("Sends true when the object moves into the area (or first appears inside it).");
    private final Output exited = output("exited", DataType.BOOLEAN)
        .help("Sends true when the object moves out of the area.");

    private final LinkedHashMap<String, Boolean> states = new LinkedHashMap<>(16, 0.75f, true);
    private double[] lats = new double[0];
    private double[] lons = new double[0];
    private boolean circle;
    private double cLat;
    private double cLon;
    private double radius;
    private int limit;

    @Override
    protected void configure() {
        circle = Params.choice(shape, "polygon", "circle").equals("circle");
        if (circle) {
            cLat = centerLat.getDouble();
            cLon = centerLon.getDouble();
            String problem = Geo.problem(cLat, cLon);
            if (problem != null) {
                throw new ModuleException("centerLat/centerLon: " + problem);
            }
            radius = radiusMeters.getDouble();
            if (!(radius > 0) || Double.isInfinite(radius)) {
                throw new ModuleException("radiusMeters must be above 0, got " + radiusMeters.getString());
            }
        } else {
            parsePolygon(polygon.getString());
        }
        limit = (int) Params.whole(maxIds, 1, 100_000_000);
    }

    private void parsePolygon(String text) {
        if (text.isBlank()) {
            throw new MissingSetting("polygon is empty: give its corners as JSON [[lat, lon], ...], at least 3");
        }
        Object parsed;
        try {
            parsed = JsonValues.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ModuleException("polygon is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof List<?> corners)) {
            throw new ModuleException("polygon must be a JSON list of [lat, lon] pairs");
        }
        int n = corners.size();
        if (n > 1 && corners.get(0).equals(corners.get(n - 1))) {
            n--;
        }
        if (n < 3) {
            throw new ModuleException("polygon needs at least 3 corners, got " + n);
        }
        double[] la = new double[n];
        double[] lo = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(corners.get(i) instanceof List<?> p) || p.size() != 2 || !(p.get(0) instanceof Double a)
                || !(p.get(1) instanceof Double b)) {
                throw new ModuleException("polygon corner " + (i + 1) + " must be a pair of numbers [lat, lon], got "
                    + corners.get(i));
            }
            String problem = Geo.problem(a, b);
            if (problem != null) {
                throw new ModuleException("polygon corner " + (i + 1) + ": " + problem);
            }
            la[i] = a;
            lo[i] = b;
        }
        lats = la;
        lons = lo;
    }

    @Override
    protected void process() {
        double y = lat.getDouble();
        double x = lon.getDouble();
        String problem = Geo.problem(y, x);
        if (problem != null) {
            throw new ModuleException("position: " + problem);
        }
        boolean in = circle ? Geo.distanceMeters(cLat, cLon, y, x) <= radius : insidePolygon(y, x);
        String who = id.isConnected() && id.hasValue() ? id.getString() : "";
        Boolean before = states.put(who, in);
        if (before == null && states.size() > limit) {
            warnOnce("max-ids", "more than maxIds = " + limit + " ids; the ones not seen for longest are forgotten");
            states.remove(states.keySet().iterator().next());
        }
        inside.send(in);
        if (in && !Boolean.TRUE.equals(before)) {
            entered.send(true);
        } else if (!in && Boolean.TRUE.equals(before)) {
            exited.send(true);
        }
    }

    /** Ray casting: count the edges crossed by a ray from the point towards +longitude. */
    private boolean insidePolygon(double y, double x) {
        boolean in = false;
        int n = lats.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double yi = lats[i];
            double yj = lats[j];
            if ((yi > y) != (yj > y)) {
                double xCross = lons[i] + (y - yi) / (yj - yi) * (lons[j] - lons[i]);
                if (x < xCross) {
                    in = !in;
                }
            }
        }
        return in;
    }

    @Override
    public void clearState() {
        states.clear();
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeInt(states.size());
        for (Map.Entry<String, Boolean> e : states.entrySet()) {
            ValueCodec.writeString(out, e.getKey());
            out.writeBoolean(e.getValue());
        }
    }

    @Override
    protected void readState(DataInput din) throws IOException {
        states.clear();
        int n = din.readInt();
        for (int i = 0; i < n; i++) {
            String k = ValueCodec.readString(din);
            states.put(k, din.readBoolean());
        }
    }
}
