package dev.rivulet.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.NativeCodec;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rivulet run} with Ethereum modules: the composition root hands them the data directory's wallet and the
 * run's spending allowance. Without {@code --allow-spend} a transaction is denied before anything reaches a chain,
 * so this needs no devnet; the devnet behaviour of the modules is tested in the wallet module.
 */
class HeadlessEthereumRunTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final String COUNTER_ABI = "[{\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"set\","
        + "\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int rivulet(String... args) {
        return HeadlessCli.run(tmp.resolve("data"), out, err, args);
    }

    /** values → EthereumCall set(value) on a contract at a fixed address → Table(errors). */
    private Path canvas() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY).name("counter");
        ModuleNode s = b.stream("values", "value:Double");
        ModuleNode at = b.add("get-contract-at");
        b.param(at, "address", "0x5FbDB2315678afecb367f032d93F642f64180aa3").param(at, "ABI", COUNTER_ABI);
        ModuleNode call = b.add("ethereum-call");
        b.connect(at, "contract", call, "contract").param(call, "function", "set")
            .param(call, "ethAccount", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
            .option(call, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true)
            .connect(s, "value", call, "value");
        ModuleNode table = b.add("table");
        b.connect(call, "errors", table, "in1");
        Path file = tmp.resolve("canvas.json");
        new NativeCodec().write(b.build(), file);
        return file;
    }

    @Test
    void withoutAllowSpendTheCanvasCannotSignAndSaysHowToAllowIt() throws Exception {
        Path data = tmp.resolve("values.csv");
        Files.writeString(data, "timestamp,value\n1000,7\n");

        int code = rivulet("run", canvas().toString(), "--replay", "values=" + data);

        assertThat(code).isZero();
        assertThat(out.toString()).contains("signing denied: this canvas has no spending allowance")
            .contains("--allow-spend");
    }

    @Test
    void validateGivesEthereumModulesTheWalletAsRunDoes() throws Exception {
        Path canvas = canvas();
        assertThat(rivulet("validate", canvas.toString())).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("no wallet configured")
            .contains("parameter 'ethAccount': \"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\" is not one of");

        // hardhat's well-known devnet key #0 (public; never holds real funds)
        try (var wallet = new dev.rivulet.wallet.DefaultWalletService(new dev.rivulet.wallet.keys.Keyring(
                tmp.resolve("data").resolve("wallet"), dev.rivulet.wallet.KdfParams.LIGHT, java.time.Clock.systemUTC(),
                java.time.Duration.ZERO), dev.rivulet.wallet.ChainProfile.localDevnet("http://127.0.0.1:1"), tx -> false,
                java.time.Duration.ofSeconds(1))) {
            wallet.importPrivateKey("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
                "correct horse battery".toCharArray(), "devnet #0");
        }
        out.getBuffer().setLength(0);
        assertThat(rivulet("validate", canvas.toString())).isZero();
        assertThat(out.toString()).contains("0 errors");
    }

    @Test
    void aBadAllowanceIsInvalidUsage() throws Exception {
        assertThat(rivulet("run", canvas().toString(), "--allow-spend", "lots")).isEqualTo(2);
        assertThat(err.toString()).contains("--allow-spend").contains("not an amount of ETH");
        assertThat(rivulet("run", canvas().toString(), "--allow-spend", "0.1,tomorrow")).isEqualTo(2);
        assertThat(err.toString()).contains("not an ISO-8601 instant");
    }

    @Test
    void aWrongWalletPasswordFileStopsTheRunWithOneLine() throws Exception {
        Path missing = tmp.resolve("no-such-password");
        assertThat(rivulet("run", canvas().toString(), "--wallet-password-file", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--wallet-password-file: cannot read");
    }
}
