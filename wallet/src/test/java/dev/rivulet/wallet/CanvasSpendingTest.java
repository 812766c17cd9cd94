package dev.rivulet.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CanvasSpendingTest {
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    /** A transfer of {@code valueWei} with gas limit 21000 at 1 gwei: costs value + 21000 gwei at most. */
    private static PreparedTransaction tx(BigInteger valueWei) {
        TransactionRequest r = TransactionRequest.transfer(TestKeys.HARDHAT_0, TestKeys.HARDHAT_1, valueWei);
        return new PreparedTransaction(ChainProfile.localDevnet("http://127.0.0.1:1"), r, BigInteger.ZERO,
            BigInteger.valueOf(21_000), new Fees.Legacy(GWEI));
    }

    @Test
    void parsesEtherAmountsExactlyWithAnOptionalExpiry() {
        assertThat(SpendingAllowance.parse("0.05").maxWei()).isEqualTo(new BigInteger("50000000000000000"));
        assertThat(SpendingAllowance.parse("1").expiry()).isEmpty();
        SpendingAllowance a = SpendingAllowance.parse(" 2.5 , 2026-12-31T00:00:00Z ");
        assertThat(a.maxWei()).isEqualTo(new BigInteger("2500000000000000000"));
        assertThat(a.expiresAt()).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
        assertThat(a).hasToString("2.5 ETH until 2026-12-31T00:00:00Z");
    }

    @Test
    void refusesAmountsThatAreNotEtherWithAClearMessage() {
        assertThatThrownBy(() -> SpendingAllowance.parse("lots")).hasMessageContaining("not an amount of ETH");
        assertThatThrownBy(() -> SpendingAllowance.parse("-1")).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> SpendingAllowance.parse("0.0000000000000000001")).hasMessageContaining("18 decimals");
        assertThatThrownBy(() -> SpendingAllowance.parse("1,soon")).hasMessageContaining("ISO-8601");
    }

    @Test
    void countsEachTransactionAtItsWorstCaseUntilTheAllowanceIsUsedUp() {
        CanvasSpending spending = CanvasSpending.allowing(new SpendingAllowance(GWEI.multiply(BigInteger.valueOf(50_000)),
            null), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(spending.approve(tx(GWEI.multiply(BigInteger.valueOf(4_000))))).isTrue();
        assertThat(spending.spentWei()).isEqualTo(GWEI.multiply(BigInteger.valueOf(25_000)));
        assertThatThrownBy(() -> spending.approve(tx(GWEI.multiply(BigInteger.valueOf(5_000)))))
            .isInstanceOf(SpendingDeniedException.class)
            .hasMessageStartingWith("signing denied: this transaction may cost up to 0.000026 ETH")
            .hasMessageContaining("only 0.000025 of the allowance");
        assertThat(spending.spentWei()).isEqualTo(GWEI.multiply(BigInteger.valueOf(25_000)));
        assertThat(spending.approve(tx(GWEI.multiply(BigInteger.valueOf(4_000))))).isTrue();
        assertThat(spending.remainingWei()).isZero();
    }

    @Test
    void deniesAfterExpiryAndWithoutAnyAllowance() {
        CanvasSpending expired = CanvasSpending.allowing(new SpendingAllowance(BigInteger.TEN.pow(18), NOW),
            Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> expired.approve(tx(BigInteger.ONE))).hasMessageContaining("expired at " + NOW);
        assertThatThrownBy(() -> CanvasSpending.none().approve(tx(BigInteger.ONE)))
            .isInstanceOf(SpendingDeniedException.class).hasMessageContaining("no spending allowance")
            .hasMessageContaining("--allow-spend");
    }
}
