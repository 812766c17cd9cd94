package dev.rivulet.wallet.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.TestKeys;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.network.NetworkProfiles;
import dev.rivulet.wallet.token.DataToken;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

class CallDecoderTest {

    private final CallDecoder decoder = CallDecoder.standard();
    private final ChainProfile polygon = NetworkProfiles.POLYGON;
    private final Address me = TestKeys.HARDHAT_0;

    @Test
    void decodesDataTransfersWithAmountsInData() {
        TransactionRequest request = DataToken.transfer(polygon.dataToken(), me, TestKeys.HARDHAT_1, new BigInteger("2500000000000000000"));

        DecodedCall call = decoder.decode(polygon, request).orElseThrow();

        assertThat(call.contract()).isEqualTo("DATA token");
        assertThat(call.signature()).isEqualTo("transfer(address,uint256)");
        assertThat(call.arguments()).containsExactly(new DecodedCall.Argument("to", "address", TestKeys.HARDHAT_1.hex()),
                new DecodedCall.Argument("amount", "uint256", "2.5 DATA"));
    }

    @Test
    void labelsTheSameFunctionOnAnotherContractAsPlainErc20() {
        TransactionRequest request = DataToken.transfer(TestKeys.COW, me, TestKeys.HARDHAT_1, BigInteger.TEN);

        DecodedCall call = decoder.decode(polygon, request).orElseThrow();

        assertThat(call.contract()).isEqualTo("ERC-20 token");
        assertThat(call.arguments().get(1).value()).isEqualTo("10");
    }

    @Test
    void decodesMarketplaceAndStreamRegistryCalls() {
        byte[] product = new byte[32];
        product[31] = 7;
        String buy = FunctionEncoder.encode(new Function("buy", List.of(new Bytes32(product), new Uint256(3600)), List.of()));
        String grant = FunctionEncoder.encode(new Function("grantPermission",
                List.of(new Utf8String("0xabc/prices"), new org.web3j.abi.datatypes.Address(me.hex()), new Uint8(2)), List.of()));

        assertThat(decoder.decode(polygon, TransactionRequest.call(me, TestKeys.COW, buy)).orElseThrow().summary())
                .isEqualTo("Marketplace: buy(productId=0x" + "00".repeat(31) + "07, subscriptionSeconds=3600)");
        assertThat(decoder.decode(polygon, TransactionRequest.call(me, TestKeys.COW, grant)).orElseThrow().summary())
                .isEqualTo("Stream registry: grantPermission(streamId=\"0xabc/prices\", user=" + me.hex() + ", permissionType=2)");
    }

    @Test
    void describesTransfersCreationsAndUnknownCalls() {
        assertThat(decoder.describe(polygon, TransactionRequest.transfer(me, TestKeys.COW, new BigInteger("1500000000000000000"))))
                .isEqualTo("transfer of 1.5 POL");
        assertThat(decoder.describe(polygon, new TransactionRequest(me, null, BigInteger.ZERO, "0x6080", null)))
                .isEqualTo("contract creation (2 bytes of init code)");
        assertThat(decoder.describe(polygon, TransactionRequest.call(me, TestKeys.COW, "0xdeadbeef00")))
                .isEqualTo("call of unknown function 0xdeadbeef (5 bytes of data)");
    }

    @Test
    void automaticApprovalIsOnlyForChain31337OnLoopback() {
        assertThat(ConfirmingApprover.isLocalDevnet(ChainProfile.localDevnet("http://127.0.0.1:8545"))).isTrue();
        assertThat(ConfirmingApprover.isLocalDevnet(ChainProfile.localDevnet("http://localhost:8545"))).isTrue();
        assertThat(ConfirmingApprover.isLocalDevnet(ChainProfile.localDevnet("https://devnet.example.org"))).isFalse();
        assertThat(ConfirmingApprover.isLocalDevnet(NetworkProfiles.ETHEREUM.withRpcUrl("http://127.0.0.1:8545"))).isFalse();
    }
}
