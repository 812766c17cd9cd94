package dev.rivulet.wallet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An amount of a token (or of the native currency) in its smallest unit, with the decimals needed to
 * show it. Arithmetic stays in BigInteger / BigDecimal; there is no double anywhere.
 *
 * <p>{@code TokenAmount.ofDecimal(new BigDecimal("1.5"), 18, "DATA").raw()} is 1.5 * 10^18.
 */
public record TokenAmount(BigInteger raw, int decimals, String symbol) {

    public TokenAmount {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(symbol, "symbol");
        if (decimals < 0 || decimals > 77) {
            throw new IllegalArgumentException("decimals out of range: " + decimals);
        }
    }

    /** Native currency in wei (18 decimals). */
    public static TokenAmount wei(BigInteger wei, String symbol) {
        return new TokenAmount(wei, 18, symbol);
    }

    /**
     * The exact raw amount for a decimal value.
     *
     * @throws ArithmeticException if {@code value} has more fractional digits than {@code decimals}
     */
    public static TokenAmount ofDecimal(BigDecimal value, int decimals, String symbol) {
        BigInteger raw = value.movePointRight(decimals).toBigIntegerExact();
        return new TokenAmount(raw, decimals, symbol);
    }

    /** The amount in whole units, exact, without trailing zeros. */
    public BigDecimal toDecimal() {
        BigDecimal value = new BigDecimal(raw, decimals).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + symbol;
    }
}
