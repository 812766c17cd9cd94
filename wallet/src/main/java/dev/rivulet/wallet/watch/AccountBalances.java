package dev.rivulet.wallet.watch;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.TokenAmount;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's balances at a block: the native currency and, where the chain has one, the DATA token,
 * both with their decimals (BigDecimal via {@link TokenAmount#toDecimal()}, never double).
 *
 * <p>{@code wallet.addBalanceListener(b -> show(b.account(), b.nativeBalance(), b.data()));}
 *
 * @param dataBalance null when the chain profile has no DATA token address
 */
public record AccountBalances(Address account, TokenAmount nativeBalance, TokenAmount dataBalance, long blockNumber) {

    public AccountBalances {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(nativeBalance, "nativeBalance");
    }

    public Optional<TokenAmount> data() {
        return Optional.ofNullable(dataBalance);
    }

    /** True when the amounts (not the block) equal {@code other}'s. */
    public boolean sameAmounts(AccountBalances other) {
        return other != null && nativeBalance.equals(other.nativeBalance) && Objects.equals(dataBalance, other.dataBalance);
    }
}
