package dev.rivulet.wallet;

import java.util.Objects;
import java.util.Optional;

/**
 * A network the wallet talks to: the chain id its RPC endpoint must report (or nothing is signed), the
 * native currency, an explorer for links and the DATA token's address on that chain, if known.
 *
 * <p>{@code ChainProfile devnet = ChainProfile.localDevnet("http://127.0.0.1:8545");}
 *
 * @param dataToken the DATA token contract, or null where there is none (yet)
 * @param explorerUrl base URL of a block explorer, or null
 */
public record ChainProfile(String name, long chainId, String rpcUrl, String currencySymbol, String explorerUrl,
                           Address dataToken) {

    /** Hardhat's chain id. */
    public static final long DEVNET_CHAIN_ID = 31337;

    public ChainProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rpcUrl, "rpcUrl");
        Objects.requireNonNull(currencySymbol, "currencySymbol");
        if (chainId <= 0) {
            throw new IllegalArgumentException("chain id must be positive");
        }
    }

    /** The local hardhat devnet; its DATA token address is known once the token is deployed. */
    public static ChainProfile localDevnet(String rpcUrl) {
        return new ChainProfile("Local devnet", DEVNET_CHAIN_ID, rpcUrl, "ETH", null, null);
    }

    public Optional<Address> dataTokenAddress() {
        return Optional.ofNullable(dataToken);
    }

    /** The same profile reached through another RPC endpoint. */
    public ChainProfile withRpcUrl(String url) {
        return new ChainProfile(name, chainId, url, currencySymbol, explorerUrl, dataToken);
    }

    /** The explorer page of a transaction, if the profile has an explorer. */
    public Optional<String> explorerTransactionUrl(TxHash hash) {
        return explorerBase().map(base -> base + "/tx/" + hash.hex());
    }

    /** The explorer page of an address, if the profile has an explorer. */
    public Optional<String> explorerAddressUrl(Address address) {
        return explorerBase().map(base -> base + "/address/" + address.hex());
    }

    private Optional<String> explorerBase() {
        return Optional.ofNullable(explorerUrl).filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    /** The same profile with the DATA token at {@code token}. */
    public ChainProfile withDataToken(Address token) {
        return new ChainProfile(name, chainId, rpcUrl, currencySymbol, explorerUrl, token);
    }
}
