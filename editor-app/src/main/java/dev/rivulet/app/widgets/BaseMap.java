package dev.rivulet.app.widgets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The world map that geographic widgets draw when no tile server is configured, or under its tiles until they load:
 * the country outlines of Natural Earth's 1:110m admin-0 data (public domain), bundled as GeoJSON, so maps work
 * offline. Each ring is {lng[], lat[]}.
 *
 * <p>Usage: {@code BaseMap world = BaseMap.bundled(); for (double[][] ring : world.rings()) ...}
 */
record BaseMap(List<double[][]> rings) {
    static final String RESOURCE = "map/countries-110m.geojson";

    BaseMap {
        rings = List.copyOf(rings);
    }

    /** The bundled world (read once; the value never changes, so every map shares it). */
    static BaseMap bundled() {
        return Bundled.WORLD;
    }

    private static final class Bundled {
        static final BaseMap WORLD = read();

        private static BaseMap read() {
            try (InputStream in = BaseMap.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled world map " + RESOURCE + " is missing");
                }
                return parse(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled world map cannot be read", e);
            }
        }
    }

    /** Reads Polygon and MultiPolygon features of a GeoJSON FeatureCollection. */
    static BaseMap parse(JsonNode collection) {
        List<double[][]> rings = new ArrayList<>();
        for (JsonNode f : collection.path("features")) {
            JsonNode geometry = f.path("geometry");
            String type = geometry.path("type").asText();
            JsonNode coords = geometry.path("coordinates");
            if ("Polygon".equals(type)) {
                coords.forEach(ring -> rings.add(ring(ring)));
            } else if ("MultiPolygon".equals(type)) {
                coords.forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring))));
            }
        }
        return new BaseMap(rings);
    }

    private static double[][] ring(JsonNode points) {
        double[][] r = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            r[0][i] = points.get(i).get(0).asDouble();
            r[1][i] = points.get(i).get(1).asDouble();
        }
        return r;
    }
}
