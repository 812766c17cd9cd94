package dev.rivulet.app.wallet;

import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.TokenAmount;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.token.DataToken;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

/** The send form's text turned into a transaction request, amounts exact in BigDecimal (18 decimals). */
final class SendForm {

    private SendForm() {
    }

    /** Parses the send form; reports problems through {@code problem} and returns empty then. */
    static Optional<TransactionRequest> request(ChainProfile chain, Account from, String to, String amount, SendAsset asset,
                                                Consumer<String> problem) {
        if (from == null) {
            problem.accept("Choose an account to send from");
            return Optional.empty();
        }
        Address recipient;
        BigDecimal value;
        try {
            recipient = Address.of(to);
        } catch (IllegalArgumentException e) {
            problem.accept("Recipient: " + e.getMessage());
            return Optional.empty();
        }
        try {
            value = new BigDecimal(amount.strip());
            if (value.signum() <= 0) {
                problem.accept("Amount must be more than zero");
                return Optional.empty();
            }
            if (asset == SendAsset.DATA) {
                Optional<Address> token = chain.dataTokenAddress();
                if (token.isEmpty()) {
                    problem.accept(chain.name() + " has no DATA token address configured");
                    return Optional.empty();
                }
                return Optional.of(DataToken.transfer(token.get(), from.address(), recipient,
                        TokenAmount.ofDecimal(value, 18, "DATA").raw()));
            }
            return Optional.of(TransactionRequest.transfer(from.address(), recipient,
                    TokenAmount.ofDecimal(value, 18, chain.currencySymbol()).raw()));
        } catch (NumberFormatException e) {
            problem.accept("Amount: not a number");
        } catch (ArithmeticException e) {
            problem.accept("Amount: at most 18 decimal places");
        }
        return Optional.empty();
    }
}
