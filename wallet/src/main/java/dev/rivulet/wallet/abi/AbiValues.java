package dev.rivulet.wallet.abi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.TypeDecoder;
import org.web3j.abi.datatypes.Array;
import org.web3j.abi.datatypes.BytesType;
import org.web3j.abi.datatypes.NumericType;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/** Conversions of single values between the engine and web3j's Solidity types (see {@link AbiCodec}). */
final class AbiValues {

    private AbiValues() {
    }

    static Type toSolidity(String type, Object value, String label) {
        if (value == null) {
            throw new AbiException(label + " has no value");
        }
        Object converted = convert(type, value, label);
        try {
            return TypeDecoder.instantiateType(type, converted);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new AbiException(label + ": " + describe(value) + " does not fit " + type
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    private static Object convert(String type, Object value, String label) {
        if (type.endsWith("]")) {
            if (!(value instanceof List<?> list)) {
                throw new AbiException(label + " must be a list, got " + describe(value));
            }
            String element = type.substring(0, type.lastIndexOf('['));
            List<Object> items = new ArrayList<>();
            for (Object item : list) {
                items.add(convert(element, item, label));
            }
            return items;
        }
        if (type.startsWith("uint") || type.startsWith("int")) {
            return integer(value, label);
        }
        if (type.equals("address")) {
            return AbiCodec.address(String.valueOf(value), label).hex();
        }
        if (type.equals("bool")) {
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof Number n) {
                return n.doubleValue() != 0;
            }
            return Boolean.parseBoolean(String.valueOf(value).trim());
        }
        if (type.equals("string")) {
            return String.valueOf(value);
        }
        if (type.startsWith("bytes")) {
            if (value instanceof byte[] bytes) {
                return bytes;
            }
            String text = String.valueOf(value).trim();
            if (!text.matches("0x([0-9a-fA-F]{2})*")) {
                throw new AbiException(label + " must be 0x-prefixed hex bytes, got \"" + text + "\"");
            }
            return Numeric.hexStringToByteArray(text);
        }
        throw new AbiException(label + ": unsupported Solidity type " + type);
    }

    private static BigInteger integer(Object value, String label) {
        try {
            if (value instanceof BigInteger b) {
                return b;
            }
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
                    throw new AbiException(label + " must be a whole number, got " + value);
                }
                return new BigDecimal(d).toBigIntegerExact();
            }
            if (value instanceof Number n) {
                return BigInteger.valueOf(n.longValue());
            }
            String text = String.valueOf(value).trim();
            return text.startsWith("0x") ? Numeric.toBigInt(text) : new BigDecimal(text).toBigIntegerExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new AbiException(label + " must be a whole number, got " + describe(value));
        }
    }

    static Object toEngine(Type value) {
        if (value instanceof NumericType n) {
            return n.getValue().doubleValue();
        }
        if (value instanceof org.web3j.abi.datatypes.Address a) {
            return AbiCodec.address(a.getValue(), "address").hex();
        }
        if (value instanceof BytesType b) {
            return AbiCodec.hex(b.getValue());
        }
        if (value instanceof Array<?> array) {
            List<Object> items = new ArrayList<>();
            for (Type item : array.getValue()) {
                items.add(toEngine(item));
            }
            return List.copyOf(items);
        }
        return value.getValue();
    }

    private static String describe(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }
}
