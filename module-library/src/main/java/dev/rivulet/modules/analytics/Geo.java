package dev.rivulet.modules.analytics;

/**
 * Great-circle distances on a sphere with the mean radius of the WGS84 ellipsoid, R1 = (2a + b) / 3 = 6 371 008.8 m.
 *
 * <p>Accuracy: the haversine formula is exact on the sphere; against the true (ellipsoidal) geodesic its error is
 * below about 0.5 % (at most ~0.3 % for most routes: the sphere is a little too long north-south near the poles and
 * a little too short east-west near the equator). That is a few metres per kilometre, plenty for geofences and
 * nearby-object checks, not for surveying. The formula stays accurate for tiny distances (no cancellation).
 *
 * <p>Usage: {@code double m = Geo.distanceMeters(52.52, 13.405, 48.8566, 2.3522);}
 */
final class Geo {
    static final double MEAN_EARTH_RADIUS_M = 6_371_008.8;

    private Geo() {
    }

    static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double sinDp = Math.sin(dp / 2);
        double sinDl = Math.sin(dl / 2);
        double h = sinDp * sinDp + Math.cos(p1) * Math.cos(p2) * sinDl * sinDl;
        // h can exceed 1 by rounding for antipodal points
        return 2 * MEAN_EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    /** Null when the coordinates are valid, else what is wrong with them. */
    static String problem(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90)) {
            return "latitude must be between -90 and 90, got " + lat;
        }
        if (!(lon >= -180 && lon <= 180)) {
            return "longitude must be between -180 and 180, got " + lon;
        }
        return null;
    }
}
