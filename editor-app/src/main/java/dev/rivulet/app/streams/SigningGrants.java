package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.StreamId;
import java.util.List;
import java.util.Optional;

/**
 * The user's per-stream consent to sign published messages with a wallet account, as the Streams pane gives and
 * withdraws it (the wallet keeps the grants; see {@link WalletSigningGrants}). Signing then needs no dialog per message.
 *
 * <p>Usage: {@code grants.grant(id, grants.accounts().get(0));}
 */
public interface SigningGrants {
    /** No wallet: nothing to grant. */
    SigningGrants NONE = new SigningGrants() {
        @Override
        public List<String> accounts() {
            return List.of();
        }

        @Override
        public Optional<String> grantee(StreamId stream) {
            return Optional.empty();
        }

        @Override
        public void grant(StreamId stream, String account) {
            throw new IllegalStateException("open the wallet first (Window > Wallet)");
        }

        @Override
        public void revoke(StreamId stream) {
        }
    };

    /** The wallet's accounts (checksummed addresses); empty while no wallet is open. */
    List<String> accounts();

    /** The account granted signing for the stream, if any. */
    Optional<String> grantee(StreamId stream);

    void grant(StreamId stream, String account);

    /** Withdraws every account's grant for the stream. */
    void revoke(StreamId stream);
}
