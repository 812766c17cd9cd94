package dev.rivulet.wallet.confirm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.TokenAmount;
import dev.rivulet.wallet.TransactionRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Array;
import org.web3j.abi.datatypes.BytesType;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.utils.Numeric;

/**
 * Decodes call data with the ABIs the wallet knows: the DATA token (the committed solc output of
 * {@code resources/contracts}), Streamr's Marketplace and Stream registry (signature lists from the
 * reference). A call to the chain's DATA token shows amounts in DATA; the same ERC-20 functions on any other
 * contract are labelled "ERC-20 token".
 *
 * <p>{@code Optional<DecodedCall> call = CallDecoder.standard().decode(chain, request);}
 */
public final class CallDecoder {

    static final String DATA_TOKEN = "DATA token";
    static final String OTHER_ERC20 = "ERC-20 token";
    private static final Set<String> AMOUNT_NAMES = Set.of("amount", "value", "subtractedValue", "addedValue");

    private final Map<String, List<AbiFunction>> bySelector = new HashMap<>();

    CallDecoder(List<AbiFunction> functions) {
        for (AbiFunction f : functions) {
            bySelector.computeIfAbsent(f.selector(), s -> new ArrayList<>()).add(f);
        }
    }

    /** The decoder with the DATA token, Marketplace and Stream registry ABIs from the class path. */
    public static CallDecoder standard() {
        List<AbiFunction> all = new ArrayList<>(jsonAbi(DATA_TOKEN, "/dev/rivulet/wallet/contracts/DataToken.abi.json"));
        all.addAll(signatures("Marketplace", "/dev/rivulet/wallet/abi/Marketplace.functions"));
        all.addAll(signatures("Stream registry", "/dev/rivulet/wallet/abi/StreamRegistry.functions"));
        // compiled ABIs of our own Marketplace / registry contracts, once resources/contracts has them
        all.addAll(jsonAbi("Marketplace", "/dev/rivulet/wallet/contracts/Marketplace.abi.json"));
        all.addAll(jsonAbi("Stream registry", "/dev/rivulet/wallet/contracts/StreamRegistry.abi.json"));
        return new CallDecoder(all);
    }

    /** The decoded call, or empty for plain transfers, contract creations and unknown functions. */
    public Optional<DecodedCall> decode(ChainProfile chain, TransactionRequest request) {
        String hex = Numeric.cleanHexPrefix(request.data());
        if (request.to() == null || hex.length() < 8) {
            return Optional.empty();
        }
        List<AbiFunction> candidates = bySelector.getOrDefault(hex.substring(0, 8).toLowerCase(), List.of());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        boolean isDataToken = chain.dataTokenAddress().map(request.to()::equals).orElse(false);
        AbiFunction function = candidates.stream().filter(f -> isDataToken == f.contract().equals(DATA_TOKEN)).findFirst()
                .orElse(candidates.get(0));
        String contract = function.contract().equals(DATA_TOKEN) && !isDataToken ? OTHER_ERC20 : function.contract();
        return Optional.of(new DecodedCall(contract, function.name(), function.signature(),
                arguments(function, hex.substring(8), isDataToken)));
    }

    /** One line for the history and logs: what the transaction does. */
    public String describe(ChainProfile chain, TransactionRequest request) {
        if (request.createsContract()) {
            return "contract creation (" + (request.data().length() - 2) / 2 + " bytes of init code)";
        }
        Optional<DecodedCall> call = decode(chain, request);
        if (call.isPresent()) {
            return call.get().summary();
        }
        String hex = Numeric.cleanHexPrefix(request.data());
        if (hex.isEmpty()) {
            return "transfer of " + TokenAmount.wei(request.value(), chain.currencySymbol());
        }
        return hex.length() < 8 ? "call with " + hex.length() / 2 + " bytes of data"
                : "call of unknown function 0x" + hex.substring(0, 8) + " (" + hex.length() / 2 + " bytes of data)";
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<DecodedCall.Argument> arguments(AbiFunction function, String body, boolean amountsInData) {
        List<TypeReference<Type>> types = new ArrayList<>();
        try {
            for (AbiFunction.Param p : function.params()) {
                types.add((TypeReference<Type>) TypeReference.makeTypeReference(p.type()));
            }
            List<Type> values = FunctionReturnDecoder.decode(body, (List) types);
            if (values.size() != function.params().size()) {
                return List.of(new DecodedCall.Argument("data", "bytes", "malformed arguments 0x" + body));
            }
            List<DecodedCall.Argument> args = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                AbiFunction.Param p = function.params().get(i);
                args.add(new DecodedCall.Argument(p.name(), p.type(), format(p, values.get(i), amountsInData)));
            }
            return List.copyOf(args);
        } catch (ClassNotFoundException | RuntimeException e) {
            return List.of(new DecodedCall.Argument("data", "bytes", "undecodable arguments 0x" + body));
        }
    }

    private static String format(AbiFunction.Param param, Type<?> value, boolean amountsInData) {
        if (value instanceof org.web3j.abi.datatypes.Address a) {
            return Address.of(a.getValue()).hex();
        }
        if (value instanceof Utf8String s) {
            return '"' + s.getValue() + '"';
        }
        if (value instanceof BytesType b) {
            return Numeric.toHexString(b.getValue());
        }
        if (value instanceof Array<?> array) {
            return array.getValue().stream().map(v -> format(param, (Type<?>) v, false)).toList().toString();
        }
        if (value.getValue() instanceof BigInteger n && amountsInData && AMOUNT_NAMES.contains(param.name())) {
            return new TokenAmount(n, 18, "DATA").toString();
        }
        return String.valueOf(value.getValue());
    }

    private static List<AbiFunction> signatures(String contract, String resource) {
        List<AbiFunction> functions = new ArrayList<>();
        try (InputStream in = CallDecoder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("ABI missing from the class path: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    functions.add(AbiFunction.parse(contract, line));
                }
            }
            return functions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The functions of a solc JSON ABI; empty when the resource does not exist. Tuple parameters are skipped. */
    private static List<AbiFunction> jsonAbi(String contract, String resource) {
        try (InputStream in = CallDecoder.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            List<AbiFunction> functions = new ArrayList<>();
            for (JsonNode entry : new ObjectMapper().readTree(in)) {
                if (!"function".equals(entry.path("type").asText()) || entry.path("inputs").toString().contains("tuple")) {
                    continue;
                }
                List<AbiFunction.Param> params = new ArrayList<>();
                for (JsonNode input : entry.path("inputs")) {
                    params.add(new AbiFunction.Param(AbiFunction.canonical(input.path("type").asText()), input.path("name").asText()));
                }
                functions.add(new AbiFunction(contract, entry.path("name").asText(), List.copyOf(params)));
            }
            return functions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
