package dev.rivulet.wallet.devnet;

import static dev.rivulet.wallet.TestKeys.HARDHAT_0;
import static dev.rivulet.wallet.devnet.DevnetWallets.ONE_ETHER;
import static dev.rivulet.wallet.devnet.DevnetWallets.sendAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.MutableClock;
import dev.rivulet.wallet.TestKeys;
import dev.rivulet.wallet.TransactionApprover;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.TxHash;
import dev.rivulet.wallet.history.TransactionRecord;
import dev.rivulet.wallet.history.TransactionStatus;
import dev.rivulet.wallet.history.WalletDatabase;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.token.DataToken;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(HardhatDevnet.class)
class TransactionHistoryDevnetTest {

    @TempDir
    Path dir;

    @Test
    void confirmedTransferIsRecordedWithItsDecodedCallAndFee(DevnetNode node) {
        Address token;
        Address user;
        try (DefaultWalletService setup = DevnetWallets.funded(dir, node)) {
            user = setup.deriveAccount("user").address();
            token = DevnetWallets.deployDataToken(setup, HARDHAT_0);
        }
        ChainProfile withToken = ChainProfile.localDevnet(node.rpcUrl()).withDataToken(token);
        try (DefaultWalletService wallet = DevnetWallets.open(dir, withToken, TransactionApprover.approveAll())) {
            wallet.unlock(TestKeys.password());
            sendAndWait(wallet, DataToken.mint(token, HARDHAT_0, HARDHAT_0, ONE_ETHER));
            TransactionOutcome transfer = sendAndWait(wallet, DataToken.transfer(token, HARDHAT_0, user, ONE_ETHER.divide(BigInteger.TWO)));

            TransactionRecord record = wallet.history(HARDHAT_0).get(0);
            assertThat(record.hash()).isEqualTo(transfer.hash());
            assertThat(record.status()).isEqualTo(TransactionStatus.CONFIRMED);
            assertThat(record.summary()).isEqualTo("DATA token: transfer(to=" + user.hex() + ", amount=0.5 DATA)");
            assertThat(record.blockNumber()).isEqualTo(transfer.blockNumber());
            assertThat(record.feeWei()).contains(transfer.feeWei());
            assertThat(wallet.history(HARDHAT_0)).extracting(TransactionRecord::summary)
                    .anyMatch(s -> s.startsWith("contract creation")).anyMatch(s -> s.startsWith("DATA token: mint("));
        }
    }

    @Test
    void failedTransactionKeepsItsErrorReason(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address outsider = wallet.deriveAccount("outsider").address();
            Address token = DevnetWallets.deployDataToken(wallet, HARDHAT_0);
            sendAndWait(wallet, TransactionRequest.transfer(HARDHAT_0, outsider, ONE_ETHER));

            TransactionOutcome mined = sendAndWait(wallet,
                    DataToken.mint(token, outsider, outsider, ONE_ETHER).withGasLimit(BigInteger.valueOf(100_000)));

            assertThat(mined.succeeded()).isFalse();
            TransactionRecord record = wallet.history(outsider).get(0);
            assertThat(record.status()).isEqualTo(TransactionStatus.FAILED);
            assertThat(record.failureReason()).isEqualTo("error_onlyMinter");
        }
    }

    @Test
    void pendingTransactionIsFollowedToConfirmedAfterARestart(DevnetNode node) {
        Address recipient = NativeTransferDevnetTest.randomAddress();
        TxHash hash;
        try (Automine off = Automine.off(node)) {
            try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
                hash = wallet.send(TransactionRequest.transfer(HARDHAT_0, recipient, ONE_ETHER));
                assertThat(wallet.history(HARDHAT_0)).singleElement()
                        .satisfies(r -> assertThat(r.status()).isEqualTo(TransactionStatus.PENDING));
            }
            try (DefaultWalletService reopened = DevnetWallets.open(dir, ChainProfile.localDevnet(node.rpcUrl()), tx -> true)) {
                reopened.pollChain();
                assertThat(reopened.history(HARDHAT_0).get(0).status()).isEqualTo(TransactionStatus.PENDING);
                off.mine();

                TransactionRecord record = awaitFinal(reopened, HARDHAT_0, hash);

                assertThat(record.status()).isEqualTo(TransactionStatus.CONFIRMED);
                assertThat(record.blockNumber()).isNotNull();
                assertThat(reopened.nativeBalance(recipient)).isEqualTo(ONE_ETHER);
            }
        }
    }

    @Test
    void nonceContinuesAcrossARestartWhileTheFirstTransactionIsPending(DevnetNode node) {
        Address recipient = NativeTransferDevnetTest.randomAddress();
        try (Automine off = Automine.off(node)) {
            TxHash first;
            try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
                first = wallet.send(TransactionRequest.transfer(HARDHAT_0, recipient, ONE_ETHER));
            }
            try (DefaultWalletService reopened = DevnetWallets.open(dir, ChainProfile.localDevnet(node.rpcUrl()), tx -> true)) {
                reopened.unlock(TestKeys.password());
                TxHash second = reopened.send(TransactionRequest.transfer(HARDHAT_0, recipient, ONE_ETHER));
                off.mine();

                assertThat(awaitFinal(reopened, HARDHAT_0, first).status()).isEqualTo(TransactionStatus.CONFIRMED);
                assertThat(awaitFinal(reopened, HARDHAT_0, second).status()).isEqualTo(TransactionStatus.CONFIRMED);
                List<BigInteger> nonces = reopened.history(HARDHAT_0).stream().map(TransactionRecord::nonce).toList();
                assertThat(nonces.get(0)).isEqualTo(nonces.get(1).add(BigInteger.ONE));
                assertThat(reopened.nativeBalance(recipient)).isEqualTo(ONE_ETHER.multiply(BigInteger.TWO));
            }
        }
    }

    @Test
    void parallelSendsAreAllRecordedWithDistinctNonces(DevnetNode node) throws Exception {
        Address recipient = NativeTransferDevnetTest.randomAddress();
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<TxHash>> sends = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sends.add(pool.submit(() -> wallet.send(TransactionRequest.transfer(HARDHAT_0, recipient, ONE_ETHER))));
            }
            for (Future<TxHash> send : sends) {
                awaitFinal(wallet, HARDHAT_0, send.get());
            }
            pool.shutdown();

            List<TransactionRecord> history = wallet.history(HARDHAT_0);
            assertThat(history).hasSize(6).allMatch(r -> r.status() == TransactionStatus.CONFIRMED);
            assertThat(history.stream().map(TransactionRecord::nonce).distinct()).hasSize(6);
        }
    }

    @Test
    void transactionTheNodeForgetsIsMarkedDropped(DevnetNode node) {
        MutableClock clock = new MutableClock();
        try (Automine off = Automine.off(node)) {
            Keyring keyring = new Keyring(dir, KdfParams.LIGHT, Clock.systemUTC(), Duration.ZERO);
            try (DefaultWalletService wallet = new DefaultWalletService(keyring, ChainProfile.localDevnet(node.rpcUrl()),
                    tx -> true, WalletDatabase.open(dir), Duration.ofMillis(50), clock, Duration.ofMinutes(10))) {
                wallet.importRecoveryPhrase(TestKeys.HARDHAT_PHRASE, TestKeys.password(), "hardhat #0");
                TxHash hash = wallet.send(TransactionRequest.transfer(HARDHAT_0, NativeTransferDevnetTest.randomAddress(), ONE_ETHER));
                node.rpc("hardhat_dropTransaction", "[\"" + hash.hex() + "\"]");
                wallet.pollChain();
                assertThat(wallet.history(HARDHAT_0).get(0).status()).isEqualTo(TransactionStatus.PENDING);

                clock.advance(Duration.ofMinutes(11));
                wallet.pollChain();

                TransactionRecord record = wallet.history(HARDHAT_0).get(0);
                assertThat(record.status()).isEqualTo(TransactionStatus.DROPPED);
                assertThat(record.failureReason()).contains("no longer knows it");
            }
        }
    }

    static TransactionRecord awaitFinal(DefaultWalletService wallet, Address account, TxHash hash) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            wallet.pollChain();
            TransactionRecord record = wallet.history(account).stream().filter(r -> r.hash().equals(hash)).findFirst().orElseThrow();
            if (record.status().isFinal()) {
                return record;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(hash + " still pending");
    }

    /** Turns hardhat's automining off for a test, so transactions stay pending until {@link #mine()}. */
    record Automine(DevnetNode node) implements AutoCloseable {
        static Automine off(DevnetNode node) {
            node.rpc("evm_setAutomine", "[false]");
            return new Automine(node);
        }

        void mine() {
            node.rpc("evm_mine", "[]");
        }

        @Override
        public void close() {
            node.rpc("evm_setAutomine", "[true]");
            mine();
        }
    }
}
