package dev.rivulet.wallet.abi;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.LogEntry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * ABI encoding of calls and decoding of results and event logs, between the engine's values and Solidity types.
 * Engine side, as in Streamr: integers are doubles (exact up to 2^53; wei amounts such as 10^18 are exact too) or
 * decimal text for bigger ones, addresses checksummed text, bytes 0x-hex text, bools booleans, arrays lists.
 *
 * <p>{@code String data = AbiCodec.encodeCall(abi.function("set").orElseThrow(), List.of(42.0));}
 */
public final class AbiCodec {

    private AbiCodec() {
    }

    /** Selector plus encoded arguments, 0x-prefixed. */
    public static String encodeCall(AbiFunction function, List<?> args) {
        return FunctionEncoder.encode(new org.web3j.abi.datatypes.Function(function.name(), types(function, args), List.of()));
    }

    /** Constructor arguments, to append to the bytecode (no 0x, possibly empty). */
    public static String encodeConstructor(AbiFunction constructor, List<?> args) {
        return FunctionEncoder.encodeConstructor(types(constructor, args));
    }

    private static List<Type> types(AbiFunction function, List<?> args) {
        if (args.size() != function.inputs().size()) {
            throw new AbiException(function.signature() + " takes " + function.inputs().size() + " arguments, got "
                    + args.size());
        }
        List<Type> types = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            AbiParam p = function.inputs().get(i);
            types.add(AbiValues.toSolidity(p.type(), args.get(i), label(p, i)));
        }
        return types;
    }

    /** The function's results as engine values, in declaration order. */
    public static List<Object> decodeResult(AbiFunction function, String data) {
        List<Type> decoded = FunctionReturnDecoder.decode(data, references(function.outputs()));
        if (decoded.size() != function.outputs().size()) {
            throw new AbiException(function.signature() + " returned " + (data == null || data.length() <= 2
                    ? "nothing (is there a contract at that address?)" : "data that does not fit its ABI"));
        }
        return decoded.stream().map(AbiValues::toEngine).toList();
    }

    /** The event's fields in declaration order, or empty when the log is not this event. */
    public static Optional<List<Object>> decodeLog(AbiEvent event, LogEntry log) {
        List<String> topics = log.topics();
        int topicIndex = event.anonymous() ? 0 : 1;
        if (!event.anonymous() && (topics.isEmpty() || !topics.get(0).equalsIgnoreCase(event.topic()))) {
            return Optional.empty();
        }
        long indexedCount = event.inputs().stream().filter(AbiParam::indexed).count();
        if (topics.size() != topicIndex + indexedCount) {
            return Optional.empty();
        }
        List<AbiParam> plain = event.inputs().stream().filter(p -> !p.indexed()).toList();
        List<Type> data = FunctionReturnDecoder.decode(log.data(), references(plain));
        if (data.size() != plain.size()) {
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>();
        int nextData = 0;
        for (AbiParam p : event.inputs()) {
            if (p.indexed()) {
                String topic = topics.get(topicIndex++);
                values.add(isHashedWhenIndexed(p.type()) ? topic
                        : AbiValues.toEngine(FunctionReturnDecoder.decodeIndexedValue(topic, reference(p.type()))));
            } else {
                values.add(AbiValues.toEngine(data.get(nextData++)));
            }
        }
        return Optional.of(values);
    }

    /** Indexed strings, bytes and arrays are stored as their keccak hash: the topic itself is all there is. */
    private static boolean isHashedWhenIndexed(String type) {
        return type.equals("string") || type.equals("bytes") || type.endsWith("]");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<TypeReference<Type>> references(List<AbiParam> params) {
        List<TypeReference<Type>> refs = new ArrayList<>();
        for (AbiParam p : params) {
            refs.add((TypeReference) reference(p.type()));
        }
        return refs;
    }

    @SuppressWarnings("rawtypes")
    static TypeReference reference(String type) {
        try {
            return TypeReference.makeTypeReference(type);
        } catch (ClassNotFoundException | RuntimeException e) {
            throw new AbiException("unsupported Solidity type " + type);
        }
    }

    private static String label(AbiParam p, int index) {
        return p.name().isEmpty() ? "argument " + (index + 1) + " (" + p.type() + ")" : p.name() + " (" + p.type() + ")";
    }

    /** Wei as ETH, for outputs such as spentEth and balanceEther. */
    public static double weiToEther(BigInteger wei) {
        return new BigDecimal(wei).movePointLeft(18).doubleValue();
    }

    /** ETH (a double from an input) as wei, exact to the double's decimal text. */
    public static BigInteger etherToWei(double ether) {
        if (Double.isNaN(ether) || Double.isInfinite(ether) || ether < 0) {
            throw new AbiException("cannot send " + ether + " ETH");
        }
        return BigDecimal.valueOf(ether).movePointRight(18).toBigInteger();
    }

    /** Hex of a byte string as engine text. */
    static String hex(byte[] bytes) {
        return Numeric.toHexString(bytes);
    }

    static Address address(String text, String label) {
        try {
            return Address.of(text);
        } catch (IllegalArgumentException e) {
            throw new AbiException(label + ": " + e.getMessage());
        }
    }
}
