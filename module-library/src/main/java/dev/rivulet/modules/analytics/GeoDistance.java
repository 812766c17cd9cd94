package dev.rivulet.modules.analytics;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * GeoDistance: the distance in metres between two points given in degrees (WGS84 latitude and longitude), along the
 * earth's surface, by the haversine formula on a sphere of the WGS84 mean radius; see {@link Geo} for its accuracy
 * (within about 0.5 % of the ellipsoidal distance). Coordinates out of range (latitude beyond ±90, longitude beyond
 * ±180) make the module fail for that event with a message naming the input; NaN gives no output.
 */
public final class GeoDistance extends ModuleInstance {
    private final Input lat1 = doubleInput("lat1").help("Latitude of the first point, in degrees (-90 to 90).");
    private final Input lon1 = doubleInput("lon1").help("Longitude of the first point, in degrees (-180 to 180).");
    private final Input lat2 = doubleInput("lat2").help("Latitude of the second point, in degrees (-90 to 90).");
    private final Input lon2 = doubleInput("lon2").help("Longitude of the second point, in degrees (-180 to 180).");
    private final Output meters = doubleOutput("meters")
        .help("The distance between the points along the earth's surface, in metres.");

    @Override
    public void sendOutput() {
        double a = lat1.getDouble();
        double b = lon1.getDouble();
        double c = lat2.getDouble();
        double d = lon2.getDouble();
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
            return;
        }
        check(a, b, "1");
        check(c, d, "2");
        meters.send(Geo.distanceMeters(a, b, c, d));
    }

    private static void check(double lat, double lon, String which) {
        String problem = Geo.problem(lat, lon);
        if (problem != null) {
            throw new ModuleException("point " + which + ": " + problem);
        }
    }
}
