package dev.rivulet.wallet.watch;

/**
 * What the wallet last learned about its chain's endpoint: connected at a block, connected to the wrong
 * chain (nothing is signed then), or unreachable.
 *
 * <p>{@code if (wallet.chainStatus() instanceof ChainStatus.Connected c) showBlock(c.blockNumber());}
 */
public sealed interface ChainStatus {

    /** Not polled yet. */
    record Unknown() implements ChainStatus {
    }

    record Connected(long chainId, long blockNumber) implements ChainStatus {
    }

    /** The endpoint answers for another chain than the profile's. */
    record WrongChain(long expectedChainId, long reportedChainId) implements ChainStatus {
    }

    record Unreachable(String message) implements ChainStatus {
    }
}
