package dev.rivulet.wallet;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;

/**
 * The approval path of a running canvas: instead of a confirmation dialog per transaction, each transaction must fit
 * the canvas's {@link SpendingAllowance}. It is counted at its worst case (value plus gas limit times the maximum fee
 * per gas) when approved, and stays counted even if it later costs less or fails, so the allowance is never
 * exceeded. Without an allowance every signature is denied, saying how to grant one. In memory only: an allowance
 * lasts for one run.
 *
 * <p>{@code wallet.send(request, CanvasSpending.allowing(SpendingAllowance.parse("0.05"), clock));}
 */
public final class CanvasSpending implements TransactionApprover {

    private final SpendingAllowance allowance;
    private final Clock clock;
    private BigInteger spentWei = BigInteger.ZERO;

    private CanvasSpending(SpendingAllowance allowance, Clock clock) {
        this.allowance = allowance;
        this.clock = clock;
    }

    public static CanvasSpending allowing(SpendingAllowance allowance, Clock clock) {
        return new CanvasSpending(java.util.Objects.requireNonNull(allowance, "allowance"), clock);
    }

    /** Denies everything: a canvas started without an allowance (headless runs without --allow-spend). */
    public static CanvasSpending none() {
        return new CanvasSpending(null, Clock.systemUTC());
    }

    /**
     * Counts {@code transaction} against the allowance if it fits.
     *
     * @throws SpendingDeniedException saying why, when there is no allowance, it has expired or it would be exceeded
     */
    @Override
    public synchronized boolean approve(PreparedTransaction transaction) {
        requireAllowance();
        Instant now = clock.instant();
        if (allowance.expiresAt() != null && !now.isBefore(allowance.expiresAt())) {
            throw new SpendingDeniedException("signing denied: the spending allowance expired at " + allowance.expiresAt());
        }
        BigInteger cost = transaction.maxCostWei();
        BigInteger after = spentWei.add(cost);
        if (after.compareTo(allowance.maxWei()) > 0) {
            throw new SpendingDeniedException("signing denied: this transaction may cost up to " + ether(cost) + " "
                    + transaction.chain().currencySymbol() + " but only " + ether(remainingWei()) + " of the allowance of "
                    + allowance + " is left");
        }
        spentWei = after;
        return true;
    }

    public synchronized BigInteger spentWei() {
        return spentWei;
    }

    public synchronized BigInteger remainingWei() {
        return allowance == null ? BigInteger.ZERO : allowance.maxWei().subtract(spentWei).max(BigInteger.ZERO);
    }

    public boolean hasAllowance() {
        return allowance != null;
    }

    /**
     * Denies at once when there is no allowance, before anything is prepared (no chain access for a transaction
     * that cannot be signed).
     *
     * @throws SpendingDeniedException saying how to grant one
     */
    public void requireAllowance() {
        if (allowance == null) {
            throw new SpendingDeniedException("signing denied: this canvas has no spending allowance (grant one when"
                    + " starting it; headless: rivulet run --allow-spend <max ETH>[,<expiry>])");
        }
    }

    private static String ether(BigInteger wei) {
        return new java.math.BigDecimal(wei).movePointLeft(18).stripTrailingZeros().toPlainString();
    }
}
