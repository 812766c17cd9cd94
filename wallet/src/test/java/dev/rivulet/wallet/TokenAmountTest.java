package dev.rivulet.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TokenAmountTest {

    @Test
    void convertsExactlyBetweenRawAndDecimal() {
        TokenAmount amount = TokenAmount.ofDecimal(new BigDecimal("0.000000000000000001"), 18, "DATA");
        assertThat(amount.raw()).isEqualTo(BigInteger.ONE);
        assertThat(new TokenAmount(new BigInteger("123450000000000000000"), 18, "DATA").toString()).isEqualTo("123.45 DATA");
        assertThat(new TokenAmount(BigInteger.valueOf(5_000_000), 6, "USDC").toDecimal()).isEqualByComparingTo("5");
        assertThat(TokenAmount.wei(BigInteger.ZERO, "ETH").toString()).isEqualTo("0 ETH");
    }

    @Test
    void refusesMorePrecisionThanTheTokenHas() {
        assertThatThrownBy(() -> TokenAmount.ofDecimal(new BigDecimal("1.0000001"), 6, "USDC"))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void maxFeeIsGasLimitTimesMaxPrice() {
        TransactionRequest request = TransactionRequest.transfer(TestKeys.HARDHAT_0, TestKeys.HARDHAT_1, BigInteger.TEN);
        PreparedTransaction tx = new PreparedTransaction(ChainProfile.localDevnet("http://127.0.0.1:1"), request,
                BigInteger.ZERO, BigInteger.valueOf(21_000), new Fees.Eip1559(BigInteger.valueOf(3), BigInteger.ONE));
        assertThat(tx.maxFeeWei()).isEqualTo(BigInteger.valueOf(63_000));
        assertThat(tx.maxCostWei()).isEqualTo(BigInteger.valueOf(63_010));
    }
}
