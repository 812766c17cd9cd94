package dev.rivulet.wallet.devnet;

import static dev.rivulet.wallet.TestKeys.HARDHAT_0;
import static dev.rivulet.wallet.devnet.DevnetWallets.ONE_ETHER;
import static dev.rivulet.wallet.devnet.DevnetWallets.sendAndWait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainMismatchException;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.Signature;
import dev.rivulet.wallet.TestKeys;
import dev.rivulet.wallet.TransactionRejectedException;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.WalletLockedException;
import dev.rivulet.wallet.confirm.CallDecoder;
import dev.rivulet.wallet.confirm.ConfirmingApprover;
import dev.rivulet.wallet.confirm.TransactionConfirmation;
import dev.rivulet.wallet.confirm.WalletSettings;
import dev.rivulet.wallet.grants.StreamSigningNotGrantedException;
import dev.rivulet.wallet.history.WalletDatabase;
import dev.rivulet.wallet.network.NetworkStore;
import dev.rivulet.wallet.token.DataToken;
import dev.rivulet.wallet.watch.AccountBalances;
import dev.rivulet.wallet.watch.ChainStatus;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(HardhatDevnet.class)
class WalletFeaturesDevnetTest {

    @TempDir
    Path dir;

    @Test
    void mainnetProfilePointedAtTheDevnetSignsNothingAndReportsTheWrongChain(DevnetNode node) {
        NetworkStore networks = NetworkStore.open(dir);
        ChainProfile mainnet = networks.find("Ethereum mainnet").orElseThrow().withRpcUrl(node.rpcUrl());
        networks.save(mainnet);
        try (DefaultWalletService wallet = DevnetWallets.open(dir, networks.find("Ethereum mainnet").orElseThrow(), tx -> true)) {
            wallet.importRecoveryPhrase(TestKeys.HARDHAT_PHRASE, TestKeys.password(), "hardhat #0");

            assertThatThrownBy(() -> wallet.send(TransactionRequest.transfer(HARDHAT_0, TestKeys.COW, ONE_ETHER)))
                    .isInstanceOf(ChainMismatchException.class).hasMessageContaining("nothing will be signed");
            wallet.pollChain();

            assertThat(wallet.chainStatus()).isEqualTo(new ChainStatus.WrongChain(1, 31337));
            assertThat(wallet.history(HARDHAT_0)).isEmpty();
        }
    }

    @Test
    void confirmationShowsTheDecodedCallAndRejectionSendsNothing(DevnetNode node) {
        Address token;
        try (DefaultWalletService setup = DevnetWallets.funded(dir, node)) {
            token = DevnetWallets.deployDataToken(setup, HARDHAT_0);
            sendAndWait(setup, DataToken.mint(token, HARDHAT_0, HARDHAT_0, ONE_ETHER));
        }
        List<TransactionConfirmation> shown = new CopyOnWriteArrayList<>();
        WalletDatabase db = WalletDatabase.open(dir);
        ConfirmingApprover approver = new ConfirmingApprover(CallDecoder.standard(), c -> shown.add(c) && false, new WalletSettings(db));
        ChainProfile devnet = ChainProfile.localDevnet(node.rpcUrl()).withDataToken(token);
        try (DefaultWalletService wallet = DevnetWallets.open(dir, devnet, approver)) {
            wallet.unlock(TestKeys.password());
            int before = wallet.history(HARDHAT_0).size();

            assertThatThrownBy(() -> wallet.send(DataToken.transfer(token, HARDHAT_0, TestKeys.COW, ONE_ETHER)))
                    .isInstanceOf(TransactionRejectedException.class);

            TransactionConfirmation c = shown.get(0);
            assertThat(c.chain().chainId()).isEqualTo(31337);
            assertThat(c.from()).isEqualTo(HARDHAT_0);
            assertThat(c.to()).isEqualTo(token);
            assertThat(c.value().toString()).isEqualTo("0 ETH");
            assertThat(c.description()).isEqualTo("DATA token: transfer(to=" + TestKeys.COW.hex() + ", amount=1 DATA)");
            assertThat(c.gasLimit()).isGreaterThan(BigInteger.valueOf(21_000));
            assertThat(c.maxFee().symbol()).isEqualTo("ETH");
            assertThat(c.maxFee().raw()).isEqualTo(c.gasLimit().multiply(c.prepared().fees().maxPricePerGas()));
            assertThat(wallet.tokenBalance(token, TestKeys.COW).raw()).isZero();
            assertThat(wallet.history(HARDHAT_0)).hasSize(before);
        }
    }

    @Test
    void automaticApprovalOnTheLocalDevnetSkipsTheDialogOnlyWhenEnabled(DevnetNode node) {
        List<TransactionConfirmation> shown = new CopyOnWriteArrayList<>();
        WalletDatabase db = WalletDatabase.open(dir);
        WalletSettings settings = new WalletSettings(db);
        ConfirmingApprover approver = new ConfirmingApprover(CallDecoder.standard(), c -> shown.add(c), settings);
        try (DefaultWalletService wallet = DevnetWallets.open(dir, ChainProfile.localDevnet(node.rpcUrl()), approver)) {
            wallet.importRecoveryPhrase(TestKeys.HARDHAT_PHRASE, TestKeys.password(), "hardhat #0");
            sendAndWait(wallet, TransactionRequest.transfer(HARDHAT_0, TestKeys.COW, BigInteger.ONE));
            assertThat(shown).hasSize(1);

            settings.setAutoApproveLocalDevnet(true);
            sendAndWait(wallet, TransactionRequest.transfer(HARDHAT_0, TestKeys.COW, BigInteger.ONE));

            assertThat(shown).hasSize(1);
            assertThat(new WalletSettings(WalletDatabase.open(dir)).autoApproveLocalDevnet()).isTrue();
        }
    }

    @Test
    void balanceListenersHearOfChangesWithDataInDecimals(DevnetNode node) throws Exception {
        Address token;
        Address user;
        try (DefaultWalletService setup = DevnetWallets.funded(dir, node)) {
            user = setup.deriveAccount("user").address();
            token = DevnetWallets.deployDataToken(setup, HARDHAT_0);
        }
        ChainProfile devnet = ChainProfile.localDevnet(node.rpcUrl()).withDataToken(token);
        try (DefaultWalletService wallet = DevnetWallets.open(dir, devnet, tx -> true)) {
            wallet.unlock(TestKeys.password());
            AtomicReference<AccountBalances> latest = new AtomicReference<>();
            wallet.addBalanceListener(b -> {
                if (b.account().equals(user)) {
                    latest.set(b);
                }
            });
            sendAndWait(wallet, DataToken.mint(token, HARDHAT_0, user, new BigInteger("1234500000000000000")));
            sendAndWait(wallet, TransactionRequest.transfer(HARDHAT_0, user, ONE_ETHER.multiply(BigInteger.TWO)));

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            // the derived account is hardhat's #1, which starts with 10000 ETH
            while ((latest.get() == null || !latest.get().nativeBalance().toString().equals("10002 ETH")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            AccountBalances balances = latest.get();
            assertThat(balances.nativeBalance().toString()).isEqualTo("10002 ETH");
            assertThat(balances.data().orElseThrow().toDecimal()).isEqualByComparingTo("1.2345");
            assertThat(balances.data().orElseThrow().toString()).isEqualTo("1.2345 DATA");
            assertThat(wallet.balances(user).sameAmounts(balances)).isTrue();
        }
    }

    @Test
    void streamMessagesAreSignedOnlyWithAGrantThatPersists(DevnetNode node) {
        String stream = HARDHAT_0.lowerCase() + "/prices";
        byte[] message = "{\"price\":1}".getBytes(StandardCharsets.UTF_8);
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            assertThatThrownBy(() -> wallet.signStreamMessage(HARDHAT_0, stream, message))
                    .isInstanceOf(StreamSigningNotGrantedException.class).hasMessageContaining(stream);
            wallet.streamSigningGrants().grant(stream, HARDHAT_0);
            Signature signature = wallet.signStreamMessage(HARDHAT_0, stream, message);
            assertThat(wallet.recoverPersonalSigner(message, signature)).isEqualTo(HARDHAT_0);
        }
        try (DefaultWalletService reopened = DevnetWallets.open(dir, ChainProfile.localDevnet(node.rpcUrl()), tx -> true)) {
            reopened.unlock(TestKeys.password());
            assertThat(reopened.streamSigningGrants().isGranted(stream, HARDHAT_0)).isTrue();
            assertThat(reopened.streamSigningGrants().isGranted(stream + "2", HARDHAT_0)).isFalse();
            reopened.streamSigningGrants().revoke(stream, HARDHAT_0);
            assertThatThrownBy(() -> reopened.signStreamMessage(HARDHAT_0, stream, message))
                    .isInstanceOf(StreamSigningNotGrantedException.class);
        }
    }

    @Test
    void privateKeyLeavesOnlyThroughAnExplicitCopyWhileUnlocked(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            AtomicReference<String> copied = new AtomicReference<>();
            wallet.copyPrivateKey(HARDHAT_0, secret -> copied.set(new String(secret)));
            assertThat(copied.get()).isEqualTo(TestKeys.HARDHAT_0_KEY);

            wallet.lock();
            assertThatThrownBy(() -> wallet.copyPrivateKey(HARDHAT_0, secret -> copied.set("leaked")))
                    .isInstanceOf(WalletLockedException.class);
            assertThat(copied.get()).isEqualTo(TestKeys.HARDHAT_0_KEY);
        }
    }
}
