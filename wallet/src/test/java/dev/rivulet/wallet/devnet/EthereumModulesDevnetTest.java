package dev.rivulet.wallet.devnet;

import static dev.rivulet.wallet.TestKeys.HARDHAT_0;
import static dev.rivulet.wallet.devnet.DevnetWallets.ONE_ETHER;
import static dev.rivulet.wallet.devnet.DevnetWallets.sendAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ModuleServices;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.CanvasSpending;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.SpendingAllowance;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.WalletService;
import dev.rivulet.wallet.abi.AbiCodec;
import dev.rivulet.wallet.solidity.CompiledContract;
import dev.rivulet.wallet.solidity.SolcJs;
import dev.rivulet.wallet.solidity.SolidityCompiler;
import dev.rivulet.wallet.testkit.CanvasRun;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each Ethereum module in a small canvas run through the real engine against the hardhat devnet, checking what reaches
 * a Table: balances, call results, a contract compiled and deployed by the canvas and then called, events of a
 * transaction, the templates, a locked wallet, signing denied without (or beyond) an allowance, and revert reasons.
 */
@ExtendWith(HardhatDevnet.class)
class EthereumModulesDevnetTest {

    static final String COUNTER = """
        // SPDX-License-Identifier: MIT
        pragma solidity ^0.8.20;
        contract Counter {
            uint256 public count;
            event Changed(address indexed by, uint256 count, string note);
            function set(uint256 value, string calldata note) external {
                count = value;
                emit Changed(msg.sender, value, note);
            }
        }
        """;

    private static final SolidityCompiler SOLC = new SolcJs(HardhatDevnet.devnetDir(), "node");

    @TempDir
    Path dir;

    private static ModuleRegistry registry(WalletService wallet, CanvasSpending spending) {
        ModuleServices services = ModuleServices.NONE.with(WalletService.class, wallet)
            .with(SolidityCompiler.class, SOLC);
        if (spending != null) {
            services = services.with(CanvasSpending.class, spending);
        }
        return ModuleRegistry.load().withServices(services);
    }

    private static CanvasSpending allowance(String text) {
        return CanvasSpending.allowing(SpendingAllowance.parse(text), Clock.systemUTC());
    }

    /** Deploys the Counter from the test (not through a canvas), for canvases that find it with GetContractAt. */
    private static Address deployCounter(DefaultWalletService wallet) {
        CompiledContract c = SOLC.compile(COUNTER);
        return sendAndWait(wallet, new TransactionRequest(HARDHAT_0, null, BigInteger.ZERO, "0x" + c.bytecode(), null))
            .createdContract().orElseThrow();
    }

    private static ModuleNode contractAt(CanvasBuilder b, Address address, String abi) {
        ModuleNode at = b.add("get-contract-at");
        b.param(at, "address", address.hex()).param(at, "ABI", abi);
        return at;
    }

    private static ModuleNode call(CanvasBuilder b, ModuleNode contract, String function) {
        ModuleNode call = b.add("ethereum-call");
        b.connect(contract, "contract", call, "contract").param(call, "function", function)
            .param(call, "ethAccount", HARDHAT_0.hex()).option(call, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        return call;
    }

    private static ModuleNode table(CanvasBuilder b, ModuleNode from, String... outputs) {
        ModuleNode table = b.add("table");
        for (int i = 0; i < outputs.length; i++) {
            b.connect(from, outputs[i], table, "in" + (i + 1));
        }
        return table;
    }

    @Test
    void getEthBalanceReadsBalancesInEther(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            // a random address: hardhat pre-funds the phrase's accounts with 10000 ETH each
            Address fresh = randomAddress();
            sendAndWait(wallet, TransactionRequest.transfer(HARDHAT_0, fresh, ONE_ETHER.multiply(BigInteger.valueOf(3)).divide(BigInteger.TWO)));

            ModuleRegistry registry = registry(wallet, null);
            CanvasBuilder b = new CanvasBuilder(registry);
            ModuleNode s = b.stream("s", "who:String");
            ModuleNode balance = b.add("get-eth-balance");
            b.connect(s, "who", balance, "address").option(balance, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
            ModuleNode table = table(b, balance, "balanceEther");
            CanvasRun run = new CanvasRun(b.build(), registry).replay("s", new MemoryCursor()
                .add(1000, fresh.hex()).add(2000, "0x000000000000000000000000000000000000dEaD")).run();

            assertThat(run.rows(table)).containsExactly(List.of(1.5), List.of(0.0));
            assertThat(run.failures()).isEmpty();
        }
    }

    @Test
    void getEthBalanceIsSuppressedInHistoricalRunsUnlessAskedWithOneNotice(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            ModuleRegistry registry = registry(wallet, null);
            CanvasBuilder b = new CanvasBuilder(registry);
            ModuleNode s = b.stream("s", "who:String");
            ModuleNode balance = b.add("get-eth-balance");
            b.connect(s, "who", balance, "address");
            ModuleNode table = table(b, balance, "balanceEther");
            CanvasRun run = new CanvasRun(b.build(), registry).replay("s", new MemoryCursor()
                .add(1000, HARDHAT_0.hex()).add(2000, HARDHAT_0.hex())).run();

            assertThat(run.rows(table)).isEmpty();
            assertThat(run.notices()).hasSize(1).allMatch(n -> n.contains("suppressed in historical mode"));
        }
    }

    @Test
    void ethereumCallReadsViewFunctionsOfAContractFoundByGetContractAt(DevnetNode node) throws IOException {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address token = DevnetWallets.deployDataToken(wallet, HARDHAT_0);
            ModuleRegistry registry = registry(wallet, null);
            CanvasBuilder b = new CanvasBuilder(registry);
            ModuleNode s = b.stream("s", "go:Double");
            ModuleNode at = contractAt(b, token, resource("/dev/rivulet/wallet/contracts/DataToken.abi.json"));
            ModuleNode symbol = call(b, at, "symbol");
            ModuleNode decimals = call(b, at, "decimals");
            b.connect(s, "go", symbol, "trigger").connect(s, "go", decimals, "trigger");
            ModuleNode symbols = table(b, symbol, "(string)_0");
            ModuleNode decimalTable = table(b, decimals, "(uint8)_0");
            CanvasRun run = new CanvasRun(b.build(), registry).replay("s", new MemoryCursor().add(1000, 1.0)).run();

            assertThat(run.rows(symbols)).containsExactly(List.of("DATA"));
            assertThat(run.rows(decimalTable)).containsExactly(List.of(18.0));
            assertThat(run.failures()).isEmpty();
        }
    }

    @Test
    void solidityCompileDeployDeploysWhenTheCanvasStartsThenEthereumCallTransactsAndReads(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            CanvasSpending spending = allowance("1");
            ModuleRegistry registry = registry(wallet, spending);
            CanvasBuilder b = new CanvasBuilder(registry);
            ModuleNode s = b.stream("s", "value:Double", "note:String");
            ModuleNode t = b.stream("t", "go:Double");
            ModuleNode sol = b.add("solidity-compile-deploy");
            sol.putExtra("code", COUNTER);
            b.param(sol, "ethAccount", HARDHAT_0.hex()).option(sol, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
            ModuleNode set = call(b, sol, "set");
            b.connect(s, "value", set, "value").connect(s, "note", set, "note");
            ModuleNode txs = table(b, set, "txHash", "Changed.by", "Changed.count", "Changed.note", "errors", "nonce");
            ModuleNode get = call(b, sol, "count");
            b.connect(t, "go", get, "trigger");
            ModuleNode counts = table(b, get, "(uint256)_0");
            CanvasRun run = new CanvasRun(b.build(), registry)
                .replay("s", new MemoryCursor().add(1000, 42.0, "hello"))
                .replay("t", new MemoryCursor().add(2000, 1.0)).run();

            assertThat(run.failures()).isEmpty();
            assertThat(run.notices()).anyMatch(n -> n.contains("deployed Counter at 0x"));
            String deployed = run.notices().stream().filter(n -> n.contains("deployed Counter at"))
                .findFirst().orElseThrow().replaceAll(".*deployed Counter at (0x[0-9a-fA-F]{40}).*", "$1");
            assertThat(node.result("eth_getCode", "[\"" + deployed + "\",\"latest\"]")).hasSizeGreaterThan(10);
            List<List<Object>> rows = run.rows(txs);
            assertThat(rows).hasSize(1);
            assertThat((String) rows.get(0).get(0)).matches("0x[0-9a-f]{64}");
            assertThat(rows.get(0).subList(1, 5)).containsExactly(HARDHAT_0.hex(), 42.0, "hello", null);
            assertThat(run.rows(counts)).containsExactly(List.of(42.0));
            assertThat(spending.spentWei()).isPositive();
        }
    }

    @Test
    void getEventsSendsTheDecodedEventsOfEachNewTransaction(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address counter = deployCounter(wallet);
            ModuleRegistry registry = registry(wallet, null);
            CanvasBuilder b = new CanvasBuilder(registry);
            ModuleNode at = contractAt(b, counter, SOLC.compile(COUNTER).abi().json());
            ModuleNode events = b.add("get-events");
            b.connect(at, "contract", events, "contract").option(events, "pollIntervalMillis", 100);
            ModuleNode table = table(b, events, "txHash", "Changed.by", "Changed.count", "Changed.note");
            CanvasDocument doc = b.build();
            try (CanvasRun run = CanvasRun.realtime(doc, registry).withAsyncEvents()) {
                run.start();
                var set = SOLC.compile(COUNTER).abi().function("set").orElseThrow();
                var first = sendAndWait(wallet, TransactionRequest.call(HARDHAT_0, counter, AbiCodec.encodeCall(set, List.of(7.0, "seven"))));
                sendAndWait(wallet, TransactionRequest.call(HARDHAT_0, counter, AbiCodec.encodeCall(set, List.of(8.0, "eight"))));

                assertThat(run.drainUntil(() -> run.rows(table).size() >= 2, Duration.ofSeconds(20))).isTrue();
                assertThat(run.rows(table).get(0)).containsExactly(first.hash().hex(), HARDHAT_0.hex(), 7.0, "seven");
                assertThat(run.rows(table).get(1).subList(1, 4)).containsExactly(HARDHAT_0.hex(), 8.0, "eight");
                assertThat(run.failures()).isEmpty();
            }
        }
    }

    @Test
    void inRealtimeRunsATransactionsResultsArriveAsAnEventOfTheirOwnOnceMined(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address counter = deployCounter(wallet);
            ModuleRegistry registry = registry(wallet, allowance("1"));
            CanvasBuilder b = new CanvasBuilder(registry);
            ModuleNode s = b.stream("s", "value:Double", "note:String");
            ModuleNode at = contractAt(b, counter, SOLC.compile(COUNTER).abi().json());
            ModuleNode set = call(b, at, "set");
            b.connect(s, "value", set, "value").connect(s, "note", set, "note");
            ModuleNode table = table(b, set, "txHash", "Changed.count", "errors");
            try (CanvasRun run = CanvasRun.realtime(b.build(), registry).withAsyncEvents()) {
                run.replay("s", new MemoryCursor().add(1000, 5.0, "five")).run();
                // sent, but the receipt is awaited off the engine thread: nothing has come out yet
                assertThat(run.rows(table)).isEmpty();

                assertThat(run.drainUntil(() -> !run.rows(table).isEmpty(), Duration.ofSeconds(20))).isTrue();
                List<Object> row = run.rows(table).get(0);
                assertThat((String) row.get(0)).matches("0x[0-9a-f]{64}");
                assertThat(row.subList(1, 3)).containsExactly(5.0, null);
                assertThat(run.failures()).isEmpty();
            }
        }
    }

    @Test
    void aLockedWalletIsReportedAndNothingIsSigned(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address counter = deployCounter(wallet);
            wallet.lock();
            CanvasSpending spending = allowance("1");
            CanvasRun run = setOnce(wallet, counter, spending);

            assertThat(errors(run)).singleElement().asString().startsWith("wallet locked");
            assertThat(run.warnings()).anyMatch(w -> w.contains("wallet locked"));
            assertThat(spending.spentWei()).isZero();
        }
    }

    @Test
    void signingIsDeniedWithoutAnAllowanceWithAClearMessage(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address counter = deployCounter(wallet);
            String nonceBefore = node.result("eth_getTransactionCount", "[\"" + HARDHAT_0.hex() + "\",\"latest\"]");
            CanvasRun run = setOnce(wallet, counter, null);

            assertThat(errors(run)).singleElement().asString()
                .startsWith("signing denied: this canvas has no spending allowance")
                .contains("--allow-spend");
            assertThat(node.result("eth_getTransactionCount", "[\"" + HARDHAT_0.hex() + "\",\"latest\"]"))
                .isEqualTo(nonceBefore);
        }
    }

    @Test
    void signingIsDeniedBeyondTheAllowanceAndAfterItExpires(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Address counter = deployCounter(wallet);
            CanvasRun tooSmall = setOnce(wallet, counter, allowance("0.000000001"));
            assertThat(errors(tooSmall)).singleElement().asString()
                .startsWith("signing denied: this transaction may cost up to").contains("0.000000001 ETH");

            Instant expiry = Instant.parse("2026-01-01T00:00:00Z");
            CanvasSpending expired = CanvasSpending.allowing(new SpendingAllowance(ONE_ETHER, expiry),
                Clock.fixed(expiry.plusSeconds(1), ZoneOffset.UTC));
            assertThat(errors(setOnce(wallet, counter, expired))).singleElement().asString()
                .isEqualTo("signing denied: the spending allowance expired at 2026-01-01T00:00Z".replace("00Z", "00:00Z"));
        }
    }

    /** A canvas that calls Counter.set(1, "x") once and tables its errors. */
    private CanvasRun setOnce(DefaultWalletService wallet, Address counter, CanvasSpending spending) {
        ModuleRegistry registry = registry(wallet, spending);
        CanvasBuilder b = new CanvasBuilder(registry);
        ModuleNode s = b.stream("s", "value:Double", "note:String");
        ModuleNode at = contractAt(b, counter, SOLC.compile(COUNTER).abi().json());
        ModuleNode set = call(b, at, "set");
        b.connect(s, "value", set, "value").connect(s, "note", set, "note");
        ModuleNode table = table(b, set, "errors");
        CanvasRun run = new CanvasRun(b.build(), registry).replay("s", new MemoryCursor().add(1000, 1.0, "x")).run();
        lastErrorsTable = table;
        return run;
    }

    private ModuleNode lastErrorsTable;

    @SuppressWarnings("unchecked")
    private List<Object> errors(CanvasRun run) {
        List<List<Object>> rows = run.rows(lastErrorsTable);
        assertThat(rows).hasSize(1);
        return (List<Object>) rows.get(0).get(0);
    }

    @Test
    void binaryBettingTemplateTakesBetsAndShowsRevertReasons(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            ModuleRegistry registry = registry(wallet, allowance("1"));
            CanvasBuilder b = new CanvasBuilder(registry);
            ModuleNode rounds = b.stream("rounds", "id:Double", "closeTime:Double");
            ModuleNode bets = b.stream("bets", "id:Double", "outcome:Double", "stake:Double");
            ModuleNode betting = b.add("binary-betting");
            b.param(betting, "ethAccount", HARDHAT_0.hex()).option(betting, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
            ModuleNode open = call(b, betting, "openRound");
            b.connect(rounds, "id", open, "id").connect(rounds, "closeTime", open, "closeTime");
            ModuleNode place = call(b, betting, "placeBet");
            b.connect(bets, "id", place, "id").connect(bets, "outcome", place, "outcome").connect(bets, "stake", place, "ether");
            ModuleNode placed = table(b, place, "BetsPlaced.id", "BetsPlaced.onOutcome0", "errors");
            CanvasRun run = new CanvasRun(b.build(), registry)
                .replay("rounds", new MemoryCursor().add(1000, 1.0, 4102444800.0))
                .replay("bets", new MemoryCursor().add(2000, 1.0, 0.0, 0.01).add(3000, 99.0, 1.0, 0.01)).run();

            assertThat(run.failures()).isEmpty();
            List<List<Object>> rows = run.rows(placed);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).containsExactly(1.0, 1.0e16, null);
            assertThat(rows.get(1).get(2)).isEqualTo(List.of("reverted: error_roundNotActive"));
        }
    }

    @Test
    void payByUseTemplateDeploysWithConstructorArgumentsAndPaysPerUnit(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            // a fresh recipient: other devnet tests expect hardhat's funded accounts to keep their round balances
            Address recipient = randomAddress();
            ModuleRegistry registry = registry(wallet, allowance("1"));
            CanvasBuilder b = new CanvasBuilder(registry);
            ModuleNode usage = b.stream("usage", "units:Double");
            ModuleNode pay = b.add("pay-by-use");
            b.param(pay, "ethAccount", HARDHAT_0.hex()).param(pay, "recipientAddress", recipient.hex())
                .param(pay, "weiPerUnit", 1000.0).param(pay, "initial ETH", 0.001)
                .option(pay, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
            ModuleNode update = call(b, pay, "update");
            b.connect(usage, "units", update, "addedUnits");
            ModuleNode paid = table(b, update, "Paid.amount", "errors");
            CanvasRun run = new CanvasRun(b.build(), registry).replay("usage", new MemoryCursor().add(1000, 5.0)).run();

            assertThat(run.failures()).isEmpty();
            assertThat(run.rows(paid)).containsExactly(java.util.Arrays.asList(5000.0, null));
            assertThat(wallet.nativeBalance(recipient)).isEqualTo(BigInteger.valueOf(5000));
        }
    }

    @Test
    void compilerErrorsAreShownAsConfigurationProblemsOfTheModule(DevnetNode node) {
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            ModuleRegistry registry = registry(wallet, null);
            ModuleNode sol = registry.newNode("solidity-compile-deploy", 1);
            sol.putExtra("code", "pragma solidity ^0.8.20; contract Broken { function f() external { x = 1; } }");
            List<String> problems = new java.util.ArrayList<>();
            registry.instantiate(sol, problems);

            assertThat(problems).singleElement().asString().startsWith("compilation failed:")
                .contains("Undeclared identifier");
        }
    }

    private static Address randomAddress() {
        byte[] random = new byte[20];
        new java.security.SecureRandom().nextBytes(random);
        return Address.of(org.web3j.utils.Numeric.toHexString(random));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = EthereumModulesDevnetTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
