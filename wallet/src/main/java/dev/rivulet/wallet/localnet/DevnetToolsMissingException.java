package dev.rivulet.wallet.localnet;

import dev.rivulet.wallet.WalletException;

/** Node.js or npm is not installed, so the local devnet cannot run; the message says what to install. */
public final class DevnetToolsMissingException extends WalletException {

    public DevnetToolsMissingException(String message) {
        super(message);
    }
}
