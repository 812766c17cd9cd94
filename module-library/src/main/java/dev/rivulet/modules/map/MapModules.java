package dev.rivulet.modules.map;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/**
 * The Map category. Maps that arrive are never changed: every module builds a new map, since other modules may hold
 * the same one.
 */
public final class MapModules implements ModuleProvider {
    private static final String CATEGORY = "Map";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("build-map", "BuildMap", CATEGORY, BuildMap::new).streamrId(501)
                .help("Makes a map from its inputs: each input's name is a key, its latest value the value. Set the"
                    + " number of inputs with the numOfKeys option and rename the inputs to name the keys."),
            ModuleDefinition.of("collect-from-maps", "CollectFromMaps", CATEGORY, CollectFromMaps::new).streamrId(526)
                .help("Picks the same entry from every map in a list (or map) of maps, e.g. the price of each"
                    + " order. The selector may reach into nested data: address.city, parents[1].name."),
            ModuleDefinition.of("constant-map", "ConstantMap", CATEGORY, ConstantMap::new).streamrId(800)
                .aliases("MapConstant")
                .help("A fixed map. Inputs connected to it always have the map; changing it while the canvas runs"
                    + " sends the new map downstream."),
            ModuleDefinition.of("contains-value", "ContainsValue", CATEGORY, ContainsValue::new).streamrId(224)
                .help("Tells whether any key of a map has the given value."),
            ModuleDefinition.of("count-by-key", "CountByKey", CATEGORY, CountByKey::new).streamrId(221)
                .help("Counts how many times each key has arrived, optionally over a sliding window, and sends the"
                    + " counts of all keys as a map (optionally sorted, keeping the top keys)."),
            ModuleDefinition.of("filter-map", "FilterMap", CATEGORY, FilterMap::new).streamrId(525)
                .help("Keeps only the listed keys of a map."),
            ModuleDefinition.of("get-from-map", "GetFromMap", CATEGORY, GetFromMap::new).streamrId(225)
                .help("Reads the value of one key from a map (or of a path into nested maps, such as address.city),"
                    + " and tells whether it was found."),
            ModuleDefinition.of("get-multi-from-map", "GetMultiFromMap", CATEGORY, GetMultiFromMap::new)
                .streamrId(523)
                .help("Reads several keys from a map at once: each output is named after the key it reads (rename"
                    + " the outputs). founds tells which keys were found."),
            ModuleDefinition.of("head-map", "HeadMap", CATEGORY, HeadMap::new).streamrId(226)
                .help("Keeps the first entries of a map, at most limit of them."),
            ModuleDefinition.of("keys-to-list", "KeysToList", CATEGORY, KeysToList::new).streamrId(227)
                .help("The keys of a map as a list."),
            ModuleDefinition.of("map-size", "MapSize", CATEGORY, MapSize::new).streamrId(235)
                .help("The number of entries in a map."),
            ModuleDefinition.of("merge-map", "MergeMap", CATEGORY, MergeMap::new).streamrId(233)
                .help("Combines two maps; where both have a key, the right map's value is kept."),
            ModuleDefinition.of("new-map", "NewMap", CATEGORY, NewMap::new).streamrId(232)
                .help("Sends an empty map whenever trigger receives a value, to build a map from with PutToMap."),
            ModuleDefinition.of("put-to-map", "PutToMap", CATEGORY, PutToMap::new).streamrId(228)
                .help("Sets a key of a map to a value, adding the key or replacing its value."),
            ModuleDefinition.of("remove-from-map", "RemoveFromMap", CATEGORY, RemoveFromMap::new).streamrId(234)
                .help("Removes a key from a map and sends the value it had."),
            ModuleDefinition.of("sort-map", "SortMap", CATEGORY, SortMap::new).streamrId(229)
                .help("Orders a map's entries by key or by value, ascending or descending."),
            ModuleDefinition.of("sum-by-key", "SumByKey", CATEGORY, SumByKey::new).streamrId(222)
                .help("Adds up the values that arrive with each key, optionally over a sliding window, and sends the"
                    + " sums of all keys as a map (optionally sorted, keeping the top keys)."),
            ModuleDefinition.of("tail-map", "TailMap", CATEGORY, TailMap::new).streamrId(230)
                .help("Keeps the last entries of a map, at most limit of them."),
            ModuleDefinition.of("values-to-list", "ValuesToList", CATEGORY, ValuesToList::new).streamrId(231)
                .help("The values of a map as a list (the output keeps Streamr's name, keys)."));
    }
}
