package dev.rivulet.wallet.devnet;

import static dev.rivulet.wallet.TestKeys.HARDHAT_0;
import static dev.rivulet.wallet.devnet.DevnetWallets.ONE_ETHER;
import static dev.rivulet.wallet.devnet.DevnetWallets.sendAndWait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.TokenAmount;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.TransactionRevertedException;
import dev.rivulet.wallet.token.DataToken;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(HardhatDevnet.class)
class DataTokenDevnetTest {

    @TempDir
    Path dir;

    @Test
    void deploysMintsAndTransfersDataWithDecimals(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address user = wallet.deriveAccount("user").address();
            Address token = DevnetWallets.deployDataToken(wallet, HARDHAT_0);
            BigInteger thousand = ONE_ETHER.multiply(BigInteger.valueOf(1000));
            assertThat(sendAndWait(wallet, DataToken.mint(token, HARDHAT_0, HARDHAT_0, thousand)).succeeded()).isTrue();

            BigInteger twelveAndAHalf = TokenAmount.ofDecimal(new BigDecimal("12.5"), 18, "DATA").raw();
            TransactionOutcome transfer = sendAndWait(wallet, DataToken.transfer(token, HARDHAT_0, user, twelveAndAHalf));

            assertThat(transfer.succeeded()).isTrue();
            TokenAmount userBalance = wallet.tokenBalance(token, user);
            assertThat(userBalance.toDecimal()).isEqualByComparingTo("12.5");
            assertThat(userBalance.symbol()).isEqualTo("DATA");
            assertThat(userBalance.decimals()).isEqualTo(18);
            assertThat(wallet.tokenBalance(token, HARDHAT_0).toString()).isEqualTo("987.5 DATA");
        }
    }

    @Test
    void transferAndCallMovesTokensToAnAccount(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address user = wallet.deriveAccount("user").address();
            Address token = DevnetWallets.deployDataToken(wallet, HARDHAT_0);
            sendAndWait(wallet, DataToken.mint(token, HARDHAT_0, HARDHAT_0, ONE_ETHER));

            TransactionOutcome outcome = sendAndWait(wallet,
                    DataToken.transferAndCall(token, HARDHAT_0, user, ONE_ETHER, new byte[] {1, 2, 3}));

            assertThat(outcome.succeeded()).isTrue();
            assertThat(wallet.tokenBalance(token, user).toDecimal()).isEqualByComparingTo(BigDecimal.ONE);
        }
    }

    @Test
    void transferBeyondBalanceRevertsWithTheDecodedReason(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address user = wallet.deriveAccount("user").address();
            Address token = DevnetWallets.deployDataToken(wallet, HARDHAT_0);
            sendAndWait(wallet, DataToken.mint(token, HARDHAT_0, HARDHAT_0, ONE_ETHER));
            TransactionRequest tooMuch = DataToken.transfer(token, HARDHAT_0, user, ONE_ETHER.add(BigInteger.ONE));

            // estimation finds the revert before anything is signed
            assertThatThrownBy(() -> wallet.prepare(tooMuch)).isInstanceOf(TransactionRevertedException.class)
                    .extracting(e -> ((TransactionRevertedException) e).reason())
                    .isEqualTo("ERC20: transfer amount exceeds balance");

            // with a fixed gas limit the transaction is mined, fails, and the receipt outcome has the reason
            TransactionOutcome mined = sendAndWait(wallet, tooMuch.withGasLimit(BigInteger.valueOf(100_000)));
            assertThat(mined.succeeded()).isFalse();
            assertThat(mined.revertReason()).isEqualTo("ERC20: transfer amount exceeds balance");
            assertThat(wallet.tokenBalance(token, HARDHAT_0).raw()).isEqualTo(ONE_ETHER);
        }
    }
}
