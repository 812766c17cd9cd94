package dev.rivulet.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ModuleServices;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.NativeCodec;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.TestKeys;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.solidity.SolcJs;
import dev.rivulet.wallet.solidity.SolidityCompiler;
import dev.rivulet.wallet.devnet.DevnetNode;
import dev.rivulet.wallet.devnet.HardhatDevnet;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rivulet run} end to end against the hardhat devnet: the canvas compiles and deploys a contract from the data
 * directory's wallet (unlocked from a password file) within --allow-spend, then transacts on it; what the Table gets
 * comes out as JSON lines.
 */
@ExtendWith(HardhatDevnet.class)
class HeadlessEthereumDevnetTest {
    private static final String COUNTER = """
        // SPDX-License-Identifier: MIT
        pragma solidity ^0.8.20;
        contract Counter {
            uint256 public count;
            event Changed(uint256 count);
            function set(uint256 value) external { count = value; emit Changed(value); }
        }
        """;

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int rivulet(String... args) {
        return HeadlessCli.run(tmp.resolve("data"), out, err, args);
    }

    @Test
    void runDeploysAndTransactsWithinTheAllowanceFromTheUnlockedWallet(DevnetNode node) throws Exception {
        try (DefaultWalletService wallet = new DefaultWalletService(new Keyring(tmp.resolve("data").resolve("wallet"),
                KdfParams.LIGHT, Clock.systemUTC(), Duration.ZERO), ChainProfile.localDevnet(node.rpcUrl()), tx -> false,
                Duration.ofMillis(50))) {
            wallet.importPrivateKey(TestKeys.HARDHAT_0_KEY, TestKeys.password(), "devnet #0");
        }
        Path password = tmp.resolve("password.txt");
        Files.writeString(password, new String(TestKeys.password()) + "\n");
        SolidityCompiler solc = new SolcJs(SolcJs.findDevnetDir().orElseThrow(), "node");
        ModuleRegistry registry = ModuleRegistry.load()
            .withServices(ModuleServices.NONE.with(SolidityCompiler.class, solc));
        CanvasBuilder b = new CanvasBuilder(registry).name("counter");
        ModuleNode s = b.stream("values", "value:Double");
        ModuleNode sol = b.add("solidity-compile-deploy");
        sol.putExtra("code", COUNTER);
        b.param(sol, "ethAccount", TestKeys.HARDHAT_0.hex()).option(sol, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        ModuleNode set = b.add("ethereum-call");
        b.connect(sol, "contract", set, "contract").param(set, "function", "set")
            .param(set, "ethAccount", TestKeys.HARDHAT_0.hex())
            .option(set, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true).connect(s, "value", set, "value");
        ModuleNode table = b.add("table");
        b.connect(set, "Changed.count", table, "in1").connect(set, "errors", table, "in2");
        Path canvas = tmp.resolve("canvas.json");
        new NativeCodec().write(b.build(), canvas);
        Path data = tmp.resolve("values.csv");
        Files.writeString(data, "timestamp,value\n1000,7\n");

        int code = rivulet("run", canvas.toString(), "--replay", "values=" + data, "--allow-spend", "0.1",
            "--rpc-url", node.rpcUrl(), "--wallet-password-file", password.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("deployed Counter at 0x");
        assertThat(out.toString()).contains("\"values\":[7.0,null]").doesNotContain("signing denied");
    }
}
