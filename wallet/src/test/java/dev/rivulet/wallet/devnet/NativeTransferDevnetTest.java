package dev.rivulet.wallet.devnet;

import static dev.rivulet.wallet.TestKeys.HARDHAT_0;
import static dev.rivulet.wallet.devnet.DevnetWallets.ONE_ETHER;
import static dev.rivulet.wallet.devnet.DevnetWallets.RECEIPT_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainMismatchException;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.Fees;
import dev.rivulet.wallet.PreparedTransaction;
import dev.rivulet.wallet.TestKeys;
import dev.rivulet.wallet.TokenAmount;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.TransactionRejectedException;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.TxHash;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(HardhatDevnet.class)
class NativeTransferDevnetTest {

    @TempDir
    Path dir;

    static Address randomAddress() {
        byte[] bytes = new byte[20];
        new SecureRandom().nextBytes(bytes);
        return Address.of("0x" + Hex.toHexString(bytes));
    }

    @Test
    void sendsEtherWithEip1559FeesAndAccountsForEveryWei(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address recipient = randomAddress();
            BigInteger value = TokenAmount.ofDecimal(new BigDecimal("1.5"), 18, "ETH").raw();
            BigInteger before = wallet.nativeBalance(HARDHAT_0);

            PreparedTransaction prepared = wallet.prepare(TransactionRequest.transfer(HARDHAT_0, recipient, value));
            assertThat(prepared.fees()).isInstanceOf(Fees.Eip1559.class);
            assertThat(prepared.gasLimit()).isEqualTo(BigInteger.valueOf(21_000));
            assertThat(prepared.chain().chainId()).isEqualTo(31337);

            TransactionOutcome outcome = wallet.waitForReceipt(wallet.send(prepared.request()), RECEIPT_TIMEOUT);

            assertThat(outcome.succeeded()).isTrue();
            assertThat(outcome.feeWei()).isPositive().isLessThanOrEqualTo(prepared.maxFeeWei());
            assertThat(wallet.nativeBalance(recipient)).isEqualTo(value);
            assertThat(wallet.nativeBalance(HARDHAT_0)).isEqualTo(before.subtract(value).subtract(outcome.feeWei()));
        }
    }

    @Test
    void parallelSendsFromOneAccountGetDistinctNonces(DevnetNode node) throws Exception {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address recipient = randomAddress();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<TxHash>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sends.add(pool.submit(() -> wallet.send(TransactionRequest.transfer(HARDHAT_0, recipient, ONE_ETHER))));
            }
            Set<TxHash> hashes = new HashSet<>();
            for (Future<TxHash> send : sends) {
                hashes.add(send.get());
            }
            pool.shutdown();

            for (TxHash hash : hashes) {
                assertThat(wallet.waitForReceipt(hash, RECEIPT_TIMEOUT).succeeded()).isTrue();
            }
            assertThat(hashes).hasSize(8);
            assertThat(wallet.nativeBalance(recipient)).isEqualTo(ONE_ETHER.multiply(BigInteger.valueOf(8)));
        }
    }

    @Test
    void refusesToSignWhenTheEndpointReportsAnotherChain(DevnetNode node) {
        ChainProfile mainnetProfile = new ChainProfile("Ethereum", 1, node.rpcUrl(), "ETH", null, null);
        try (DefaultWalletService wallet = DevnetWallets.open(dir, mainnetProfile, tx -> true)) {
            wallet.importRecoveryPhrase(TestKeys.HARDHAT_PHRASE, TestKeys.password(), "hardhat #0");
            String nonceBefore = node.result("eth_getTransactionCount", "[\"" + HARDHAT_0.hex() + "\", \"pending\"]");

            assertThatThrownBy(() -> wallet.send(TransactionRequest.transfer(HARDHAT_0, randomAddress(), ONE_ETHER)))
                    .isInstanceOf(ChainMismatchException.class)
                    .hasMessageContaining("chain id 31337").hasMessageContaining("nothing will be signed");
            assertThat(node.result("eth_getTransactionCount", "[\"" + HARDHAT_0.hex() + "\", \"pending\"]")).isEqualTo(nonceBefore);
        }
    }

    @Test
    void nothingIsSentWithoutApproval(DevnetNode node) {
        List<PreparedTransaction> shown = new ArrayList<>();
        try (DefaultWalletService wallet = DevnetWallets.open(dir, ChainProfile.localDevnet(node.rpcUrl()), tx -> {
            shown.add(tx);
            return false;
        })) {
            wallet.importRecoveryPhrase(TestKeys.HARDHAT_PHRASE, TestKeys.password(), "hardhat #0");
            Address recipient = randomAddress();

            assertThatThrownBy(() -> wallet.send(TransactionRequest.transfer(HARDHAT_0, recipient, ONE_ETHER)))
                    .isInstanceOf(TransactionRejectedException.class);
            assertThat(shown).singleElement().satisfies(tx -> assertThat(tx.request().to()).isEqualTo(recipient));
            assertThat(wallet.nativeBalance(recipient)).isZero();
        }
    }
}
