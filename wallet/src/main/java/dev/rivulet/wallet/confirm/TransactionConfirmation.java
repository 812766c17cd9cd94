package dev.rivulet.wallet.confirm;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.PreparedTransaction;
import dev.rivulet.wallet.TokenAmount;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the confirmation dialog shows about one transaction: chain, sender, recipient, value and
 * maximum fee in the native currency, the decoded call (when the ABI is known), gas limit and nonce.
 *
 * <p>{@code TransactionConfirmation c = TransactionConfirmation.of(prepared, CallDecoder.standard());}
 *
 * @param to          recipient or contract, null for a contract creation
 * @param call        the decoded call, or null for transfers, creations and unknown functions
 * @param description one line saying what the transaction does (the decoded call's summary where known)
 */
public record TransactionConfirmation(ChainProfile chain, Address from, Address to, TokenAmount value, DecodedCall call,
                                      String description, BigInteger gasLimit, TokenAmount maxFee, BigInteger nonce,
                                      PreparedTransaction prepared) {

    public TransactionConfirmation {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(maxFee, "maxFee");
        Objects.requireNonNull(prepared, "prepared");
    }

    public static TransactionConfirmation of(PreparedTransaction prepared, CallDecoder decoder) {
        ChainProfile chain = prepared.chain();
        String currency = chain.currencySymbol();
        return new TransactionConfirmation(chain, prepared.request().from(), prepared.request().to(),
                TokenAmount.wei(prepared.request().value(), currency), decoder.decode(chain, prepared.request()).orElse(null),
                decoder.describe(chain, prepared.request()), prepared.gasLimit(), TokenAmount.wei(prepared.maxFeeWei(), currency),
                prepared.nonce(), prepared);
    }

    public Optional<DecodedCall> decodedCall() {
        return Optional.ofNullable(call);
    }

    /** Value plus maximum fee, in the native currency. */
    public TokenAmount maxTotal() {
        return TokenAmount.wei(value.raw().add(maxFee.raw()), value.symbol());
    }
}
