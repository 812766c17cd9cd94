package dev.rivulet.wallet.solidity;

import dev.rivulet.wallet.WalletException;

/** Solidity could not be compiled: solc's own error messages, or that no compiler is available. */
public class SolidityException extends WalletException {

    private static final long serialVersionUID = 1L;

    public SolidityException(String message) {
        super(message);
    }

    public SolidityException(String message, Throwable cause) {
        super(message, cause);
    }
}
