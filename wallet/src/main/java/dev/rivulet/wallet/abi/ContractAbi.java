package dev.rivulet.wallet.abi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contract's ABI: its functions, events and constructor, parsed from the JSON that solc and block explorers give.
 * Tuples (structs) are not supported and are reported as such.
 *
 * <p>{@code ContractAbi abi = ContractAbi.parse(json); abi.function("balanceOf")}
 */
public final class ContractAbi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String json;
    private final List<AbiFunction> functions;
    private final List<AbiEvent> events;
    private final AbiFunction constructor;

    private ContractAbi(String json, List<AbiFunction> functions, List<AbiEvent> events, AbiFunction constructor) {
        this.json = json;
        this.functions = List.copyOf(functions);
        this.events = List.copyOf(events);
        this.constructor = constructor;
    }

    /** @throws AbiException for text that is not an ABI array, or uses types this build cannot encode */
    public static ContractAbi parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AbiException("the ABI is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new AbiException("the ABI must be a JSON array of functions and events");
        }
        List<AbiFunction> functions = new ArrayList<>();
        List<AbiEvent> events = new ArrayList<>();
        AbiFunction constructor = null;
        for (JsonNode item : root) {
            String type = item.path("type").asText("function");
            switch (type) {
                case "function" -> functions.add(function(item, item.path("name").asText()));
                case "constructor" -> constructor = function(item, "constructor");
                case "event" -> events.add(new AbiEvent(item.path("name").asText(), params(item.path("inputs")),
                        item.path("anonymous").asBoolean(false)));
                default -> { } // fallback, receive, error: nothing to call or listen to by name
            }
        }
        return new ContractAbi(root.toString(), functions, events, constructor);
    }

    private static AbiFunction function(JsonNode item, String name) {
        String mutability = item.path("stateMutability").asText("");
        if (mutability.isEmpty()) {
            // ABIs from before solc 0.4.16 have constant/payable flags instead
            mutability = item.path("constant").asBoolean(false) ? "view"
                    : item.path("payable").asBoolean(false) ? "payable" : "nonpayable";
        }
        return new AbiFunction(name, params(item.path("inputs")), params(item.path("outputs")), mutability);
    }

    private static List<AbiParam> params(JsonNode list) {
        List<AbiParam> params = new ArrayList<>();
        for (JsonNode p : list) {
            String type = p.path("type").asText();
            if (type.startsWith("tuple")) {
                throw new AbiException("struct (tuple) arguments are not supported: " + p.path("name").asText(type));
            }
            params.add(new AbiParam(p.path("name").asText(""), type, p.path("indexed").asBoolean(false)));
        }
        return params;
    }

    /** The ABI as compact JSON. */
    public String json() {
        return json;
    }

    public List<AbiFunction> functions() {
        return functions;
    }

    public List<AbiEvent> events() {
        return events;
    }

    public Optional<AbiFunction> constructor() {
        return Optional.ofNullable(constructor);
    }

    /**
     * The function called {@code nameOrSignature}: a plain name if it is not overloaded, else the signature
     * ("transfer(address,uint256)").
     */
    public Optional<AbiFunction> function(String nameOrSignature) {
        for (AbiFunction f : functions) {
            if (f.signature().equals(nameOrSignature)) {
                return Optional.of(f);
            }
        }
        List<AbiFunction> named = functions.stream().filter(f -> f.name().equals(nameOrSignature)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** How a function is chosen in the EthereumCall module: its name, or its signature when the name is overloaded. */
    public String choiceName(AbiFunction f) {
        long sameName = functions.stream().filter(g -> g.name().equals(f.name())).count();
        return sameName > 1 ? f.signature() : f.name();
    }
}
