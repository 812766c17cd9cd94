package dev.rivulet.wallet;

/**
 * The chain refused a transaction or call: estimation or execution reverted. {@link #reason()} is the
 * decoded reason ({@code Error(string)} text such as {@code error_notPermitted}, a panic code, or a
 * custom error selector), or a generic text when the contract gave none.
 */
public class TransactionRevertedException extends WalletException {

    private static final long serialVersionUID = 1L;
    private final String reason;

    public TransactionRevertedException(String reason) {
        super("transaction reverted: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
