package dev.rivulet.wallet.devnet;

import static dev.rivulet.wallet.TestKeys.HARDHAT_0;
import static dev.rivulet.wallet.devnet.DevnetWallets.ONE_ETHER;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.NewHdWallet;
import dev.rivulet.wallet.TestKeys;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.WalletException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import dev.rivulet.wallet.confirm.WalletSettings;
import dev.rivulet.wallet.history.WalletDatabase;
import dev.rivulet.wallet.network.NetworkStore;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.MnemonicUtils;
import org.web3j.utils.Numeric;

/**
 * A scripted session (create, import, unlock, send, sign, grant, copy, export, lock, and some mistakes) with
 * all logging captured at TRACE; afterwards no secret (phrase, seed, private keys with and without 0x,
 * password) may appear in any file of the data directory, the logs or any exception message.
 */
@ExtendWith(HardhatDevnet.class)
class SecretLeakDevnetTest {

    @TempDir
    Path dir;
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restoreLogs() {
        root.detachAppender(logs);
        root.setLevel(previousLevel);
    }

    @Test
    void scriptedSessionLeavesNoSecretInFilesLogsOrErrors(DevnetNode node) throws IOException {
        byte[] keyBytes = new byte[32];
        new SecureRandom().nextBytes(keyBytes);
        keyBytes[0] = 0x11; // keep it well inside the curve order
        String importedKey = Hex.toHexString(keyBytes);
        char[] password = TestKeys.password();
        List<String> errors = new ArrayList<>();
        String phrase;
        String hdKey;
        List<String> copied = new ArrayList<>();

        try (DefaultWalletService wallet = DevnetWallets.open(dir.resolve("wallet"),
                dev.rivulet.wallet.ChainProfile.localDevnet(node.rpcUrl()), tx -> true)) {
            NewHdWallet created = wallet.createHdWallet(password.clone(), "main");
            phrase = created.recoveryPhrase().phrase();
            Address main = created.firstAccount().address();
            Account imported = wallet.importPrivateKey("0x" + importedKey, password.clone(), "imported");
            wallet.deriveAccount("second");
            wallet.importRecoveryPhrase(TestKeys.HARDHAT_PHRASE, password.clone(), "funder");
            wallet.lock();
            attempt(errors, () -> wallet.unlock("wrong password!".toCharArray()));
            attempt(errors, () -> wallet.signPersonalMessage(main, new byte[] {1}));
            wallet.unlock(password.clone());

            wallet.waitForReceipt(wallet.send(TransactionRequest.transfer(HARDHAT_0, imported.address(), ONE_ETHER)),
                    DevnetWallets.RECEIPT_TIMEOUT);
            wallet.waitForReceipt(wallet.send(TransactionRequest.transfer(imported.address(), main, BigInteger.TEN)),
                    DevnetWallets.RECEIPT_TIMEOUT);
            wallet.signPersonalMessage(imported.address(), "hello".getBytes(StandardCharsets.UTF_8));
            wallet.streamSigningGrants().grant(main.lowerCase() + "/prices", imported.address());
            wallet.signStreamMessage(imported.address(), main.lowerCase() + "/prices", "{}".getBytes(StandardCharsets.UTF_8));
            NetworkStore networks = NetworkStore.open(dir.resolve("wallet"));
            networks.save(networks.selected().withRpcUrl(node.rpcUrl()));
            new WalletSettings(WalletDatabase.open(dir.resolve("wallet"))).setAutoApproveLocalDevnet(true);
            wallet.copyPrivateKey(imported.address(), secret -> copied.add(new String(secret)));
            wallet.pollChain();
            wallet.copyPrivateKey(main, secret -> copied.add(new String(secret)));
            hdKey = derivedKey(phrase);
            String exported = wallet.exportKeystore(imported.address(), "export password".toCharArray());
            attempt(errors, () -> wallet.importKeystore(exported, "not it".toCharArray(), password.clone(), "x"));
            attempt(errors, () -> wallet.importPrivateKey(importedKey.substring(1) + "q", password.clone(), "x"));
            attempt(errors, () -> wallet.importRecoveryPhrase(phrase.substring(phrase.indexOf(' ') + 1) + " zooo", password.clone(), "x"));
            attempt(errors, () -> wallet.importRecoveryPhrase(withBadChecksum(phrase), password.clone(), "x"));
            errors.add(created.toString());
            wallet.lock();
        }

        assertThat(copied).containsExactly(importedKey, hdKey);
        List<String> secrets = List.of(importedKey, "0x" + importedKey, phrase, withBadChecksum(phrase),
                Hex.toHexString(MnemonicUtils.generateSeed(phrase, "")), hdKey, "0x" + hdKey,
                TestKeys.HARDHAT_PHRASE, new String(password));
        // the whole data directory: key files, wallet.db (history, grants, settings), networks.json
        String files = walletFilesText(dir);
        assertThat(files).as("wallet.db was written").contains("SQLite format 3");
        String logText = String.join("\n", logs.list.stream().map(e -> e.getFormattedMessage() + " " + throwableText(e)).toList());
        String errorText = String.join("\n", errors);

        assertThat(logs.list).isNotEmpty();
        assertThat(errors).hasSize(7);
        assertThat(errors.subList(0, 6)).noneMatch(e -> e.equals("(no error)"));
        for (String secret : secrets) {
            for (String form : List.of(secret, secret.toUpperCase(Locale.ROOT))) {
                assertThat(files).as("wallet files").doesNotContain(form);
                assertThat(logText).as("logs").doesNotContain(form);
                assertThat(errorText).as("exception messages").doesNotContain(form);
            }
        }
    }

    private static void attempt(List<String> errors, Runnable action) {
        try {
            action.run();
            errors.add("(no error)");
        } catch (WalletException e) {
            errors.add(e.toString() + " / cause: " + e.getCause());
        }
    }

    /** The phrase with its last word replaced so that the checksum fails (1 in 16 random swaps would pass). */
    private static String withBadChecksum(String phrase) {
        String head = phrase.substring(0, phrase.lastIndexOf(' ') + 1);
        return MnemonicUtils.getWords().stream().map(w -> head + w)
                .filter(candidate -> !MnemonicUtils.validateMnemonic(candidate)).findFirst().orElseThrow();
    }

    /** The private key of m/44'/60'/0'/0/0 of {@code phrase}, as hex without 0x. */
    private static String derivedKey(String phrase) {
        Bip32ECKeyPair master = Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(phrase, ""));
        int[] path = {44 | Bip32ECKeyPair.HARDENED_BIT, 60 | Bip32ECKeyPair.HARDENED_BIT, Bip32ECKeyPair.HARDENED_BIT, 0, 0};
        return Numeric.toHexStringNoPrefixZeroPadded(Bip32ECKeyPair.deriveKeyPair(master, path).getPrivateKey(), 64);
    }

    private static String throwableText(ILoggingEvent event) {
        return event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage();
    }

    private static String walletFilesText(Path walletDir) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(walletDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        assertThat(text).as("the wallet wrote files").isNotEmpty();
        return text.toString();
    }
}
