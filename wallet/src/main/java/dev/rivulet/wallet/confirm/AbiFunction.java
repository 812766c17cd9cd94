package dev.rivulet.wallet.confirm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * A function of a known contract: name and typed, named parameters, parsed from a Solidity-style
 * signature line ({@code function buy(bytes32 productId, uint256 subscriptionSeconds)}) or a JSON ABI entry.
 */
record AbiFunction(String contract, String name, List<Param> params) {

    private static final Pattern LINE = Pattern.compile("\\s*function\\s+(\\w+)\\s*\\((.*)\\).*");

    record Param(String type, String name) {
    }

    /** Parses one signature line; types are canonicalised (uint becomes uint256). */
    static AbiFunction parse(String contract, String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a function signature: " + line);
        }
        List<Param> params = new ArrayList<>();
        String list = m.group(2).strip();
        if (!list.isEmpty()) {
            int index = 0;
            for (String part : list.split(",")) {
                String[] words = part.strip().split("\\s+");
                String name = words.length > 1 ? words[words.length - 1] : "arg" + index;
                params.add(new Param(canonical(words[0]), name));
                index++;
            }
        }
        return new AbiFunction(contract, m.group(1), List.copyOf(params));
    }

    static String canonical(String type) {
        return type.replaceAll("^uint(?=$|\\[)", "uint256").replaceAll("^int(?=$|\\[)", "int256");
    }

    String signature() {
        return name + "(" + String.join(",", params.stream().map(Param::type).toList()) + ")";
    }

    /** The 4-byte selector as 8 lower-case hex digits. */
    String selector() {
        byte[] hash = Hash.sha3(signature().getBytes(StandardCharsets.US_ASCII));
        return Numeric.toHexStringNoPrefix(hash).substring(0, 8);
    }
}
