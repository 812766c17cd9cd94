package dev.rivulet.wallet.token;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.TransactionRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Transactions for the DATA token (ERC-20 + ERC-677, {@code resources/contracts/DataToken.sol}): deploy,
 * mint, transfer, approve and transferAndCall as {@link TransactionRequest}s for the wallet to send.
 * Read-only calls are in {@link Erc20Reader}.
 *
 * <p>{@code wallet.send(DataToken.transfer(token, me, you, amount.raw()));}
 */
public final class DataToken {

    /** Where the compiled bytecode lives on the class path (copied from resources/contracts/build). */
    static final String BYTECODE_RESOURCE = "/dev/rivulet/wallet/contracts/DataToken.bin";

    private DataToken() {
    }

    /** Deploys a new token; the deployer becomes its admin and first minter. */
    public static TransactionRequest deploy(Address deployer, String name, String symbol) {
        String constructorArgs = FunctionEncoder.encodeConstructor(List.of(new Utf8String(name), new Utf8String(symbol)));
        return new TransactionRequest(deployer, null, BigInteger.ZERO, "0x" + bytecode() + constructorArgs, null);
    }

    public static TransactionRequest mint(Address token, Address minter, Address to, BigInteger amount) {
        return call(token, minter, "mint", new org.web3j.abi.datatypes.Address(to.hex()), new Uint256(amount));
    }

    public static TransactionRequest transfer(Address token, Address from, Address to, BigInteger amount) {
        return call(token, from, "transfer", new org.web3j.abi.datatypes.Address(to.hex()), new Uint256(amount));
    }

    public static TransactionRequest approve(Address token, Address owner, Address spender, BigInteger amount) {
        return call(token, owner, "approve", new org.web3j.abi.datatypes.Address(spender.hex()), new Uint256(amount));
    }

    /** ERC-677: transfers and then calls {@code onTokenTransfer(from, amount, data)} if {@code to} is a contract. */
    public static TransactionRequest transferAndCall(Address token, Address from, Address to, BigInteger amount, byte[] data) {
        return call(token, from, "transferAndCall", new org.web3j.abi.datatypes.Address(to.hex()), new Uint256(amount),
                new DynamicBytes(data));
    }

    private static TransactionRequest call(Address token, Address from, String function, Type<?>... args) {
        String data = FunctionEncoder.encode(new Function(function, List.of(args), List.of()));
        return TransactionRequest.call(from, token, data);
    }

    static String bytecode() {
        try (InputStream in = DataToken.class.getResourceAsStream(BYTECODE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("DataToken bytecode missing from the class path: " + BYTECODE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
