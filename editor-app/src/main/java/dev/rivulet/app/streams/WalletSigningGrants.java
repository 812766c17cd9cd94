package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.WalletService;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link SigningGrants} kept by the wallet ({@code wallet.db}'s stream signing grants), for the wallet the app has
 * open (none until the user opens it).
 *
 * <p>Usage: {@code new WalletSigningGrants(() -> Optional.ofNullable(wallet))}
 */
public final class WalletSigningGrants implements SigningGrants {
    private final Supplier<Optional<WalletService>> wallet;

    public WalletSigningGrants(Supplier<Optional<WalletService>> wallet) {
        this.wallet = wallet;
    }

    @Override
    public List<String> accounts() {
        return wallet.get().map(w -> w.accounts().stream().map(a -> a.address().hex()).toList()).orElse(List.of());
    }

    @Override
    public Optional<String> grantee(StreamId stream) {
        return wallet.get().flatMap(w -> w.accounts().stream().map(Account::address)
            .filter(a -> w.streamSigningGrants().isGranted(stream.toString(), a)).findFirst().map(Address::hex));
    }

    @Override
    public void grant(StreamId stream, String account) {
        WalletService w = wallet.get().orElseThrow(() ->
            new IllegalStateException("open the wallet first (Window > Wallet)"));
        w.streamSigningGrants().grant(stream.toString(), Address.of(account));
    }

    @Override
    public void revoke(StreamId stream) {
        wallet.get().ifPresent(w -> w.accounts().forEach(a ->
            w.streamSigningGrants().revoke(stream.toString(), a.address())));
    }
}
