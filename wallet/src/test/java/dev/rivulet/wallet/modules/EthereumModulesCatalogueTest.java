package dev.rivulet.wallet.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ModuleServices;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.TestKeys;
import dev.rivulet.wallet.WalletService;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.sign.Signatures;
import dev.rivulet.wallet.solidity.SolcJs;
import dev.rivulet.wallet.solidity.SolidityCompiler;
import dev.rivulet.wallet.testkit.CanvasRun;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;

/** The Ethereum modules' catalogue entries and what they do without a chain (no devnet needed). */
class EthereumModulesCatalogueTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    Path empty;

    @Test
    void everyEthereumModuleIsFoundThroughTheModuleSpiWithItsStreamrIdAndName() {
        assertEntry("get-contract-at", 1023, "GetContractAt", "ContractAtAddress", "GetEthereumContract",
            "GetEthereumContractAt");
        assertEntry("ethereum-call", 1150, "EthereumCall", "SendEthereumTransaction");
        assertEntry("get-events", 1032, "GetEvents", "EthereumEvents");
        assertEntry("get-eth-balance", 1152, "GetEthBalance");
        assertEntry("verify-signature", 574, "VerifySignature", "GetSignature");
        assertEntry("solidity-compile-deploy", 1151, "SolidityCompileDeploy");
        assertEntry("pay-by-use", 1100, "PayByUse");
        assertEntry("binary-betting", 1101, "BinaryBetting");
    }

    private static void assertEntry(String id, int streamrId, String name, String... aliases) {
        ModuleDefinition def = REGISTRY.byId(id).orElseThrow();
        assertThat(def.streamrId()).isEqualTo(streamrId);
        assertThat(def.name()).isEqualTo(name);
        assertThat(def.category()).isEqualTo("Integrations/Ethereum");
        assertThat(def.aliases()).containsExactly(aliases);
        assertThat(def.help()).isNotBlank();
        assertThat(REGISTRY.resolve("streamr:" + streamrId)).isEqualTo(def);
    }

    @Test
    void portsAndParametersFollowStreamrsCatalogue() {
        assertThat(ports("get-contract-at")).containsExactly("param address", "param ABI", "out contract");
        assertThat(ports("get-eth-balance")).containsExactly("in address", "out balanceEther");
        assertThat(ports("verify-signature")).containsExactly("in message", "in signature", "out address", "out error");
        assertThat(ports("ethereum-call")).containsExactly("param ethAccount", "param function", "in contract",
            "out errors");
        assertThat(ports("get-events")).containsExactly("in contract", "out errors", "out txHash");
        assertThat(ports("solidity-compile-deploy")).containsExactly("param ethAccount", "param initial ETH");
        assertThat(instance("ethereum-call").options()).containsKey(ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE);
        assertThat(instance("get-eth-balance").options()).containsKey(ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE);
    }

    private static List<String> ports(String type) {
        ModuleInstance m = instance(type);
        List<String> names = new ArrayList<>();
        m.params().forEach(p -> names.add("param " + p.name()));
        m.inputs().forEach(p -> names.add("in " + p.name()));
        m.outputs().forEach(p -> names.add("out " + p.name()));
        return names;
    }

    private static ModuleInstance instance(String type) {
        return REGISTRY.instantiate(REGISTRY.newNode(type, 1), new ArrayList<>());
    }

    @Test
    void withoutAWalletTheChainModulesReportNoWalletConfigured() {
        for (String type : List.of("get-eth-balance", "ethereum-call", "get-events", "pay-by-use")) {
            List<String> problems = new ArrayList<>();
            REGISTRY.instantiate(REGISTRY.newNode(type, 1), problems);
            assertThat(problems).as(type).anyMatch(p -> p.startsWith("no wallet configured"));
        }
    }

    @Test
    void aRunWithoutAWalletFailsTheModuleSayingNoWalletConfigured() {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("s", "who:String");
        ModuleNode balance = b.add("get-eth-balance");
        b.connect(s, "who", balance, "address");
        CanvasRun run = new CanvasRun(b.build(), REGISTRY).replay("s", new MemoryCursor()
            .add(1000, TestKeys.HARDHAT_0.hex())).run();
        assertThat(run.problems().get(balance.hash)).anyMatch(p -> p.contains("no wallet configured"));
    }

    @Test
    void withoutSolcTheTemplatesSayHowToGetIt() {
        SolidityCompiler missing = new SolcJs(empty, "node");
        ModuleRegistry registry = REGISTRY.withServices(ModuleServices.NONE.with(SolidityCompiler.class, missing));
        for (String type : List.of("pay-by-use", "binary-betting")) {
            List<String> problems = new ArrayList<>();
            registry.instantiate(registry.newNode(type, 1), problems);
            assertThat(problems).as(type)
                .contains("solc not available: install Node.js and run npm ci in resources/devnet");
        }
    }

    @Test
    void getEventsThatCannotReachTheChainSaysSoWhenStarting() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (DefaultWalletService wallet = new DefaultWalletService(new Keyring(empty, KdfParams.LIGHT,
                java.time.Clock.systemUTC(), java.time.Duration.ZERO),
                ChainProfile.localDevnet("http://127.0.0.1:" + closedPort), tx -> false, java.time.Duration.ofMillis(50))) {
            ModuleRegistry registry = REGISTRY.withServices(ModuleServices.NONE.with(WalletService.class, wallet));
            CanvasBuilder b = new CanvasBuilder(registry);
            ModuleNode at = b.add("get-contract-at");
            b.param(at, "address", TestKeys.HARDHAT_1.hex()).param(at, "ABI",
                "[{\"type\":\"event\",\"name\":\"Ping\",\"inputs\":[]}]");
            ModuleNode events = b.add("get-events");
            b.connect(at, "contract", events, "contract");
            assertThat(registry.instantiate(events, new ArrayList<>()).output("Ping")).isNotNull();
            try (CanvasRun run = CanvasRun.realtime(b.build(), registry).withAsyncEvents()) {
                run.start();
                assertThat(run.failures()).singleElement().asString()
                    .startsWith("GetEvents: could not start: cannot reach http://127.0.0.1:" + closedPort);
            }
        }
    }

    @Test
    void verifySignatureRecoversThePersonalSignSignerAndExplainsBadSignatures() {
        ECKeyPair key = ECKeyPair.create(new BigInteger(TestKeys.HARDHAT_1_KEY, 16));
        String message = "Rivulet says hi";
        String signature = Signatures.signPersonal(message.getBytes(StandardCharsets.UTF_8), key).hex();

        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("s", "message:String", "signature:String");
        ModuleNode verify = b.add("verify-signature");
        b.connect(s, "message", verify, "message").connect(s, "signature", verify, "signature");
        ModuleNode table = b.add("table");
        b.connect(verify, "address", table, "in1").connect(verify, "error", table, "in2");
        CanvasRun run = new CanvasRun(b.build(), REGISTRY).replay("s", new MemoryCursor()
            .add(1000, message, signature)
            .add(2000, "another message", signature)
            .add(3000, message, "0x1234")).run();

        List<List<Object>> rows = run.rows(table);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get(0)).isEqualTo(TestKeys.HARDHAT_1.hex());
        assertThat(rows.get(1).get(0)).isNotEqualTo(TestKeys.HARDHAT_1.hex());
        assertThat(String.valueOf(rows.get(2).get(1))).startsWith("not a signature");
        assertThat(run.failures()).isEmpty();
    }
}
