package dev.rivulet.wallet.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.LogEntry;
import dev.rivulet.wallet.TxHash;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbiCodecTest {
    private static final String ABI = """
        [{"type":"function","name":"transfer","stateMutability":"nonpayable",
          "inputs":[{"name":"to","type":"address"},{"name":"amount","type":"uint256"}],
          "outputs":[{"name":"","type":"bool"}]},
         {"type":"function","name":"balanceOf","constant":true,
          "inputs":[{"name":"owner","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
         {"type":"function","name":"deposit","payable":true,"inputs":[],"outputs":[]},
         {"type":"event","name":"Transfer","anonymous":false,"inputs":[
          {"name":"from","type":"address","indexed":true},{"name":"to","type":"address","indexed":true},
          {"name":"value","type":"uint256","indexed":false}]}]
        """;
    private static final String ALICE = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    @Test
    void readsFunctionsEventsAndOldStyleMutabilityFlags() {
        ContractAbi abi = ContractAbi.parse(ABI);
        assertThat(abi.functions()).extracting(AbiFunction::name).containsExactly("transfer", "balanceOf", "deposit");
        assertThat(abi.function("balanceOf").orElseThrow().isReadOnly()).isTrue();
        assertThat(abi.function("deposit").orElseThrow().isPayable()).isTrue();
        assertThat(abi.events().get(0).topic())
            .isEqualTo("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    }

    @Test
    void encodesCallsFromEngineValuesLikeSolidity() {
        AbiFunction transfer = ContractAbi.parse(ABI).function("transfer").orElseThrow();
        String data = AbiCodec.encodeCall(transfer, List.of(ALICE.toLowerCase(), 1000.0));
        assertThat(data).isEqualTo("0xa9059cbb"
            + "000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"
            + "00000000000000000000000000000000000000000000000000000000000003e8");
        // a wei amount beyond 2^53 as decimal text stays exact
        assertThat(AbiCodec.encodeCall(transfer, List.of(ALICE, "123456789012345678901234567890")))
            .endsWith("000000000000000000000000000000000000018ee90ff6c373e0ee4e3f0ad2");
    }

    @Test
    void refusesValuesThatDoNotFitTheirTypeNamingTheArgument() {
        AbiFunction transfer = ContractAbi.parse(ABI).function("transfer").orElseThrow();
        assertThatThrownBy(() -> AbiCodec.encodeCall(transfer, List.of(ALICE, 1.5)))
            .hasMessageContaining("amount (uint256) must be a whole number");
        assertThatThrownBy(() -> AbiCodec.encodeCall(transfer, List.of("0x12", 1.0)))
            .hasMessageContaining("to (address)");
        assertThatThrownBy(() -> AbiCodec.encodeCall(transfer, List.of(ALICE)))
            .hasMessageContaining("takes 2 arguments");
    }

    @Test
    void decodesResultsAndEventLogsIntoEngineValues() {
        ContractAbi abi = ContractAbi.parse(ABI);
        assertThat(AbiCodec.decodeResult(abi.function("balanceOf").orElseThrow(),
            "0x0000000000000000000000000000000000000000000000000de0b6b3a7640000")).containsExactly(1.0e18);
        AbiEvent transfer = abi.events().get(0);
        LogEntry log = new LogEntry(Address.of(ALICE), List.of(transfer.topic(),
            "0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266",
            "0x00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"),
            "0x00000000000000000000000000000000000000000000000000000000000003e8", 5,
            new TxHash("0x" + "ab".repeat(32)), 0);
        assertThat(AbiCodec.decodeLog(transfer, log)).contains(List.of(ALICE,
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", 1000.0));
        LogEntry other = new LogEntry(log.address(), List.of("0x" + "00".repeat(32)), log.data(), 5, log.transactionHash(), 1);
        assertThat(AbiCodec.decodeLog(transfer, other)).isEmpty();
    }

    @Test
    void rejectsTextThatIsNotAnAbi() {
        assertThatThrownBy(() -> ContractAbi.parse("{\"a\":1}")).hasMessageContaining("JSON array");
        assertThatThrownBy(() -> ContractAbi.parse("[{")).hasMessageContaining("not valid JSON");
    }
}
