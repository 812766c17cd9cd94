package dev.rivulet.wallet.abi;

import dev.rivulet.wallet.WalletException;

/** An ABI that cannot be read, or a value that does not fit the Solidity type it is passed as. */
public class AbiException extends WalletException {

    private static final long serialVersionUID = 1L;

    public AbiException(String message) {
        super(message);
    }
}
