package dev.rivulet.wallet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a running canvas may spend without asking: at most {@code maxWei} in total (value sent plus the maximum fee
 * of every transaction), until {@code expiresAt} if given. The user grants it when starting a canvas (headless:
 * {@code rivulet run --allow-spend 0.05,2026-12-31T00:00:00Z}); {@link CanvasSpending} enforces it.
 *
 * <p>{@code SpendingAllowance a = SpendingAllowance.parse("0.05");  // 0.05 ETH, no expiry}
 *
 * @param expiresAt end of the allowance, or null for the whole run
 */
public record SpendingAllowance(BigInteger maxWei, Instant expiresAt) {

    private static final BigDecimal WEI_PER_ETHER = BigDecimal.TEN.pow(18);

    public SpendingAllowance {
        Objects.requireNonNull(maxWei, "maxWei");
        if (maxWei.signum() < 0) {
            throw new IllegalArgumentException("a spending allowance cannot be negative");
        }
    }

    /**
     * Parses {@code <max ETH>[,<expiry>]}: a decimal amount of native currency (at most 18 decimals), then optionally
     * an ISO-8601 instant.
     *
     * @throws IllegalArgumentException with a message fit for the command line
     */
    public static SpendingAllowance parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split(",", 2);
        BigDecimal ether;
        try {
            ether = new BigDecimal(parts[0].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("spending allowance \"" + parts[0].strip()
                    + "\" is not an amount of ETH (e.g. 0.05)");
        }
        if (ether.signum() < 0) {
            throw new IllegalArgumentException("spending allowance must not be negative");
        }
        BigDecimal wei = ether.multiply(WEI_PER_ETHER);
        if (wei.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("spending allowance has more than 18 decimals: " + parts[0].strip());
        }
        Instant expiry = null;
        if (parts.length > 1) {
            try {
                expiry = Instant.parse(parts[1].strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("spending allowance expiry \"" + parts[1].strip()
                        + "\" is not an ISO-8601 instant (e.g. 2026-12-31T00:00:00Z)");
            }
        }
        return new SpendingAllowance(wei.toBigIntegerExact(), expiry);
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    /** The maximum in ETH, for messages. */
    public String maxEther() {
        return new BigDecimal(maxWei).divide(WEI_PER_ETHER).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return maxEther() + " ETH" + (expiresAt == null ? "" : " until " + expiresAt);
    }
}
