package dev.rivulet.wallet.token;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.TokenAmount;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.chain.RpcClient;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/** Read-only ERC-20 calls (balance, decimals, symbol) through eth_call. */
public final class Erc20Reader {

    private final RpcClient rpc;

    public Erc20Reader(RpcClient rpc) {
        this.rpc = rpc;
    }

    /** The balance with the token's own decimals and symbol. */
    public TokenAmount balance(Address token, Address owner) {
        BigInteger raw = (BigInteger) single(token, "balanceOf", List.of(new org.web3j.abi.datatypes.Address(owner.hex())),
                new TypeReference<Uint256>() { }).getValue();
        return new TokenAmount(raw, decimals(token), symbol(token));
    }

    public int decimals(Address token) {
        return ((BigInteger) single(token, "decimals", List.of(), new TypeReference<Uint8>() { }).getValue()).intValueExact();
    }

    public String symbol(Address token) {
        return (String) single(token, "symbol", List.of(), new TypeReference<Utf8String>() { }).getValue();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Type<?> single(Address token, String name, List<Type> args, TypeReference<?> output) {
        Function function = new Function(name, args, List.of(output));
        String result = rpc.call(null, token, FunctionEncoder.encode(function), null);
        List<Type> decoded = FunctionReturnDecoder.decode(result, function.getOutputParameters());
        if (decoded.isEmpty()) {
            throw new WalletException(token + " returned nothing for " + name + "(): is it an ERC-20 contract?");
        }
        return decoded.get(0);
    }
}
