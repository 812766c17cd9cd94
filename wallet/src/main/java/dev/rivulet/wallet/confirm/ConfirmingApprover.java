package dev.rivulet.wallet.confirm;

import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.PreparedTransaction;
import dev.rivulet.wallet.TransactionApprover;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's {@link TransactionApprover}: every transaction is decoded into a {@link TransactionConfirmation}
 * and goes to the one {@link ConfirmationCallback}. Only on the local devnet (chain 31337 reached on a
 * loopback address) may a setting approve automatically; on any other chain the setting is ignored.
 *
 * <p>{@code new DefaultWalletService(keyring, chain, new ConfirmingApprover(CallDecoder.standard(), dialog, settings), db, poll)}
 */
public final class ConfirmingApprover implements TransactionApprover {

    private static final Logger log = LoggerFactory.getLogger(ConfirmingApprover.class);
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final CallDecoder decoder;
    private final ConfirmationCallback callback;
    private final WalletSettings settings;

    public ConfirmingApprover(CallDecoder decoder, ConfirmationCallback callback, WalletSettings settings) {
        this.decoder = decoder;
        this.callback = callback;
        this.settings = settings;
    }

    @Override
    public boolean approve(PreparedTransaction transaction) {
        TransactionConfirmation confirmation = TransactionConfirmation.of(transaction, decoder);
        if (isLocalDevnet(transaction.chain()) && settings.autoApproveLocalDevnet()) {
            log.info("auto-approved on the local devnet: {}", confirmation.description());
            return true;
        }
        return callback.confirm(confirmation);
    }

    /** Chain 31337 reached on a loopback address: the only place automatic approval is allowed. */
    public static boolean isLocalDevnet(ChainProfile chain) {
        if (chain.chainId() != ChainProfile.DEVNET_CHAIN_ID) {
            return false;
        }
        try {
            String host = URI.create(chain.rpcUrl()).getHost();
            return host != null && LOOPBACK.contains(host.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
