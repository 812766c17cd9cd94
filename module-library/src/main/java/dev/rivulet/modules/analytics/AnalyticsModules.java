package dev.rivulet.modules.analytics;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/**
 * Rivulet additions beyond Streamr's catalogue: what analysts reach for in current stream tools (JSON paths, field
 * picking, keyed windows, stream joins, dedupe/debounce/throttle, change detection, z-score anomalies, geo distance
 * and geofences, unit conversion). None has a Streamr id; each sits in the category of the existing tree it fits.
 */
public final class AnalyticsModules implements ModuleProvider {
    static final String MAP = "Map";
    static final String WINDOWS = "Time Series/Windows";
    static final String UTILS = "Utils";
    static final String TRIGGERS = "Time Series/Triggers";
    static final String ANOMALY = "Time Series/Anomaly";
    static final String GEO = "Geo";
    static final String SIMPLE_MATH = "Time Series/Simple Math";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("json-path", "JsonPath", MAP, JsonPath::new)
                .aliases("JSONPath", "ExtractJson", "ParseJson")
                .help("Reads one value out of a map, a list or JSON text with a path such as $.order.items[0].price"
                    + " (* for every child), and tells whether it was found."),
            ModuleDefinition.of("pick-fields", "PickFields", MAP, PickFields::new)
                .aliases("SelectFields", "Project")
                .help("Keeps only the listed fields of a record, in the listed order, optionally renaming them"
                    + " (price as p)."),
            ModuleDefinition.of("rename-fields", "RenameFields", MAP, RenameFields::new)
                .aliases("RenameKeys")
                .help("Renames fields of a record (old:new pairs) and keeps all the others in place."),
            ModuleDefinition.of("drop-fields", "DropFields", MAP, DropFields::new)
                .aliases("RemoveFields", "ExcludeFields")
                .help("Removes the listed fields from a record and keeps all the others."),
            ModuleDefinition.of("keyed-window", "KeyedWindow", WINDOWS, KeyedWindow::new)
                .aliases("TumblingWindow", "SlidingWindow", "SessionWindow", "GroupByKey", "WindowAggregate")
                .help("Aggregates a value field per key (count, sum, avg, min, max, percentiles) over tumbling,"
                    + " sliding or session windows, and sends each key's result with the window's start and end."),
            ModuleDefinition.of("join-by-key", "JoinByKey", WINDOWS, JoinByKey::new)
                .aliases("StreamJoin", "IntervalJoin")
                .help("Joins records of two streams that share a key and arrive within a time span of each other,"
                    + " merging each pair into one record; reports records that found no partner."),
            ModuleDefinition.of("dedupe", "Dedupe", UTILS, Dedupe::new)
                .aliases("Deduplicate", "Distinct", "DropDuplicates")
                .help("Drops values (or records with the same key field) that already passed within a time span."),
            ModuleDefinition.of("debounce", "Debounce", UTILS, Debounce::new)
                .help("Sends only the last value of each burst, once no new value has come for a quiet period."),
            ModuleDefinition.of("throttle", "Throttle", UTILS, Throttle::new)
                .help("Lets at most one value through per interval: the first wins, the rest of the interval is"
                    + " dropped."),
            ModuleDefinition.of("change-detection", "ChangeDetection", TRIGGERS, ChangeDetection::new)
                .aliases("OnChange", "DetectChange", "Changed")
                .help("Sends a value (or a field of records) when it differs from the one before, together with that"
                    + " previous value."),
            ModuleDefinition.of("z-score-anomaly", "ZScoreAnomaly", ANOMALY, ZScoreAnomaly::new)
                .aliases("ZScore", "AnomalyDetection", "Outlier")
                .help("Scores each value by how many standard deviations it lies from the mean of the preceding"
                    + " values, and flags it as an anomaly beyond a threshold."),
            ModuleDefinition.of("geo-distance", "GeoDistance", GEO, GeoDistance::new)
                .aliases("Haversine", "Distance")
                .help("The distance in metres between two latitude/longitude points along the earth's surface"
                    + " (haversine, WGS84 mean radius; within about 0.5 %)."),
            ModuleDefinition.of("geofence", "Geofence", GEO, Geofence::new)
                .aliases("InsideArea", "PointInPolygon")
                .help("Tells whether positions are inside a polygon or circle, and sends when an object enters or"
                    + " leaves it."),
            ModuleDefinition.of("unit-conversion", "UnitConversion", SIMPLE_MATH, UnitConversion::new)
                .aliases("ConvertUnits", "UnitConverter")
                .help("Converts numbers between units of length, mass, temperature, speed, energy, power, pressure"
                    + " or time."));
    }
}
