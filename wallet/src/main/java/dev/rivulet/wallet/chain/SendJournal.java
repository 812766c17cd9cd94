package dev.rivulet.wallet.chain;

import dev.rivulet.wallet.PreparedTransaction;
import dev.rivulet.wallet.TxHash;
import java.math.BigInteger;

/**
 * Told about every transaction {@link TransactionSender} signs: before it goes to the node (so that a crash
 * while sending still leaves a record to follow up) and again if the node refused it.
 */
public interface SendJournal {

    /** Records nothing: for callers without a wallet database. */
    SendJournal NONE = new SendJournal() {
        @Override
        public void signed(TxHash hash, PreparedTransaction transaction, BigInteger nonce) {
        }

        @Override
        public void refused(TxHash hash, RuntimeException cause) {
        }
    };

    /** Called with the signed transaction's hash and the nonce it carries, before it is sent. */
    void signed(TxHash hash, PreparedTransaction transaction, BigInteger nonce);

    /** The node refused the transaction: it was never sent. */
    void refused(TxHash hash, RuntimeException cause);
}
