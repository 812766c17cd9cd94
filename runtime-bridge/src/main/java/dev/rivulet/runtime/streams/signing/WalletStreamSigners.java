package dev.rivulet.runtime.streams.signing;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.WalletService;
import dev.rivulet.wallet.grants.StreamSigningGrants;
import dev.rivulet.wallet.sign.MessageSigner;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signs with the wallet account the user granted signing for the stream (the first such account, in the wallet's
 * account order), while the wallet is open and unlocked. With no open wallet, a locked one or no grant, messages go out
 * unsigned: the grant is the user's one-time consent, there is no dialog per message.
 *
 * <p>Usage: {@code new WalletStreamSigners(() -> Optional.ofNullable(openWallet))}
 */
public final class WalletStreamSigners implements StreamSigners {
    private final Supplier<Optional<WalletService>> wallet;

    /** @param wallet the wallet if it has been opened (the app opens it on first use) */
    public WalletStreamSigners(Supplier<Optional<WalletService>> wallet) {
        this.wallet = wallet;
    }

    @Override
    public Optional<MessageSigner> signerFor(StreamId stream) {
        Optional<WalletService> w = wallet.get();
        if (w.isEmpty() || w.get().isLocked()) {
            return Optional.empty();
        }
        String id = stream.toString();
        StreamSigningGrants grants = w.get().streamSigningGrants();
        // accounts are in memory and grant checks are cached by the wallet: cheap enough for every message
        return w.get().accounts().stream().map(Account::address).filter(a -> grants.isGranted(id, a)).findFirst()
            .map(a -> w.get().streamSigner(a, id));
    }
}
