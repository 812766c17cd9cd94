package dev.rivulet.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.confirm.CallDecoder;
import dev.rivulet.wallet.confirm.ConfirmingApprover;
import dev.rivulet.wallet.confirm.WalletSettings;
import dev.rivulet.wallet.history.TransactionStatus;
import dev.rivulet.wallet.history.WalletDatabase;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.localnet.DevnetProvisioner;
import dev.rivulet.wallet.localnet.LocalDevnet;
import dev.rivulet.wallet.network.NetworkProfiles;
import dev.rivulet.wallet.network.NetworkStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wallet pane headless (Monocle) against a real hardhat devnet with a DATA token: balances, send through
 * the confirmation dialog, history, receive QR code, lock state, clipboard clearing, network switch to a
 * wrong-chain profile. Writes docs/screenshots/wallet.png.
 */
@ExtendWith(ApplicationExtension.class)
class WalletViewTest {

    static final String PHRASE = "test test test test test test test test test test test junk";
    static final Address HARDHAT_1 = Address.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    static final Address COW = Address.of("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826");
    static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static LocalDevnet devnet;
    private static Address token;

    @TempDir
    static Path tmp;
    @TempDir
    Path dataDir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ClipboardGuardTest.HandClock clock = new ClipboardGuardTest.HandClock();
    private DefaultWalletService wallet;
    private LocalDevnetStarter devnetButton;
    private WalletViewModel vm;
    private Scene scene;

    @BeforeAll
    static void startDevnet() throws IOException {
        assumeTrue(runs("node") && runs("npm"), "Node.js and npm are needed for the devnet");
        devnet = LocalDevnet.start(devnetDir(), freePort(), Files.createTempFile(tmp, "hardhat", ".log"), Duration.ofMinutes(3));
        token = DevnetProvisioner.provision(devnet.rpcUrl(), List.of(HARDHAT_1), BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(5)),
                new BigInteger("250500000000000000000")).dataToken();
    }

    @AfterAll
    static void stopDevnet() {
        if (devnet != null) {
            devnet.close();
        }
    }

    @Start
    void start(Stage stage) {
        Path walletDir = dataDir.resolve("wallet");
        WalletDatabase db = WalletDatabase.open(walletDir);
        NetworkStore networks = NetworkStore.open(walletDir);
        networks.save(NetworkProfiles.LOCAL_DEVNET.withRpcUrl(devnet.rpcUrl()).withDataToken(token));
        networks.save(new ChainProfile("Wrong chain", 5, devnet.rpcUrl(), "ETH", "https://explorer.example.org", null));
        ConfirmingApprover approver = new ConfirmingApprover(CallDecoder.standard(), new ConfirmationDialog(() -> stage), new WalletSettings(db));
        wallet = new DefaultWalletService(new Keyring(walletDir, KdfParams.LIGHT, Clock.systemUTC(), Duration.ZERO), networks.selected(),
                approver, db, Duration.ofMillis(100), Clock.systemUTC(), Duration.ofMinutes(30));
        wallet.importRecoveryPhrase(PHRASE, PASSWORD.clone(), "Funder");
        wallet.deriveAccount("Trading");
        devnetButton = new LocalDevnetStarter(freePort());
        vm = new WalletViewModel(wallet, networks, new ClipboardGuard(new FxClipboard(), clock), background, Platform::runLater,
                devnetButton);
        scene = new Scene(new WalletView(vm, url -> { }), 1180, 620);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> scene.setRoot(new javafx.scene.layout.Pane()));
        background.shutdownNow();
        vm.wallet().close();
        devnetButton.close();
    }

    @Test
    void sendsDataThroughTheConfirmationDialogAndShowsItInTheHistory(FxRobot robot) throws Exception {
        robot.interact(() -> vm.selectedAccount.set(vm.accounts.get(1)));
        await(() -> text("#wallet-data-balance").equals("250.5 DATA"));
        assertThat(text("#wallet-native-balance")).isEqualTo("10005 ETH");
        assertThat(text("#receive-address")).isEqualTo(HARDHAT_1.hex());
        assertThat(((ImageView) scene.lookup("#receive-qr")).getImage()).isNotNull();

        robot.interact(() -> {
            vm.sendTo.set(COW.hex());
            vm.sendAmount.set("1.25");
            vm.sendAsset.set(SendAsset.DATA);
            ((Button) scene.lookup("#send-button")).fire();
        });
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("DATA token: transfer(to=" + COW.hex() + ", amount=1.25 DATA)");
        assertThat(dialog.getContent().lookupAll(".label")).extracting(n -> ((Label) n).getText())
                .contains("Local devnet (chain 31337)", HARDHAT_1.hex(), token.hex(), "0 ETH", "Gas limit", "Max fee");
        robot.interact(() -> ((Button) dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow())).fire());

        await(() -> !vm.history.isEmpty() && vm.history.get(0).status() == TransactionStatus.CONFIRMED);
        await(() -> text("#wallet-data-balance").equals("249.25 DATA"));
        assertThat(vm.history.get(0).summary()).contains("amount=1.25 DATA");
        assertThat(vm.message.get()).startsWith("Sent 0x");

        robot.interact(() -> ((TabPane) scene.lookup("#wallet-tabs")).getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot();
    }

    @Test
    void cancellingTheDialogSendsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.selectedAccount.set(vm.accounts.get(1));
            vm.sendTo.set(COW.hex());
            vm.sendAmount.set("0.5");
            ((Button) scene.lookup("#send-button")).fire();
        });
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.CANCEL)).fire());

        await(() -> vm.message.get().contains("not approved"));
        assertThat(vm.history).isEmpty();
    }

    @Test
    void lockingBlocksKeyCopyAndACopiedKeyIsClearedAfterThirtySeconds(FxRobot robot) throws Exception {
        robot.interact(() -> vm.lock());
        assertThat(text("#wallet-lock-state")).contains("Locked");
        robot.interact(() -> vm.copyPrivateKey());
        assertThat(vm.message.get()).contains("locked");

        robot.interact(() -> vm.unlock(PASSWORD.clone()));
        await(() -> text("#wallet-lock-state").contains("Unlocked"));
        robot.interact(() -> vm.copyPrivateKey());
        String copied = onFx(() -> new FxClipboard().text().orElse(""));
        assertThat(copied).isEqualTo("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

        clock.now = clock.now.plusSeconds(30);
        robot.interact(() -> vm.tickClipboard());

        assertThat(onFx(() -> new FxClipboard().text().orElse(""))).isEmpty();
    }

    @Test
    void switchingToAProfileOfAnotherChainShowsTheMismatch(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<ChainProfile> network = (ComboBox<ChainProfile>) scene.lookup("#wallet-network");
        assertThat(network.getItems()).extracting(ChainProfile::name)
                .containsExactly("Local devnet", "Ethereum mainnet", "Polygon", "Gnosis", "Wrong chain");
        robot.interact(() -> network.getSelectionModel().select(4));

        await(() -> text("#wallet-chain-status").startsWith("wrong chain"));
        assertThat(text("#wallet-chain-status")).contains("chain 31337, expected 5");
        assertThat(vm.wallet().chain().name()).isEqualTo("Wrong chain");
    }

    @Test
    void devnetButtonStartsAFundedDevnetAndSwitchesToIt(FxRobot robot) throws Exception {
        Button start = (Button) scene.lookup("#wallet-start-devnet");
        assertThat(start.isVisible()).isTrue();

        robot.interact(start::fire);

        await(() -> vm.message.get().startsWith("Local devnet running at http://127.0.0.1:"));
        assertThat(vm.wallet().chain().rpcUrl()).isNotEqualTo(devnet.rpcUrl());
        await(() -> text("#wallet-data-balance").equals("10000 DATA"));
        robot.interact(() -> vm.selectedAccount.set(vm.accounts.get(1)));
        await(() -> text("#wallet-native-balance").equals("10100 ETH"));
        assertThat(text("#wallet-chain-status")).startsWith("chain 31337");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String id) {
        return ((Label) scene.lookup(id)).getText();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private void snapshot() throws Exception {
        Path out = Path.of("..", "docs", "screenshots", "wallet.png");
        Files.createDirectories(out.getParent());
        BufferedImage image = onFx(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        ImageIO.write(image, "png", out.toFile());
    }

    private static Path devnetDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("resources/devnet/package.json"))) {
                return dir.resolve("resources/devnet");
            }
        }
        throw new IllegalStateException("resources/devnet not found");
    }

    private static boolean runs(String tool) {
        try {
            return new ProcessBuilder(tool, "--version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
