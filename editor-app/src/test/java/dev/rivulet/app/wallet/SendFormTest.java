package dev.rivulet.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.AccountOrigin;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.network.NetworkProfiles;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendFormTest {

    private final Account me = new Account(Address.of("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), "me", new AccountOrigin.Hd(0));
    private final String you = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private final List<String> problems = new ArrayList<>();

    @Test
    void nativeAmountsAreExactDecimals() {
        TransactionRequest r = SendForm.request(NetworkProfiles.POLYGON, me, you, "0.000000000000000001", SendAsset.NATIVE, problems::add)
                .orElseThrow();

        assertThat(r.value()).isEqualTo(BigInteger.ONE);
        assertThat(r.to()).isEqualTo(Address.of(you));
    }

    @Test
    void dataGoesToTheNetworksDataToken() {
        TransactionRequest r = SendForm.request(NetworkProfiles.GNOSIS, me, you, "2.5", SendAsset.DATA, problems::add).orElseThrow();

        assertThat(r.to()).isEqualTo(NetworkProfiles.GNOSIS.dataToken());
        assertThat(r.value()).isZero();
        assertThat(r.data()).startsWith("0xa9059cbb");
    }

    @Test
    void badInputIsExplainedAndNothingIsSent() {
        assertThat(SendForm.request(NetworkProfiles.POLYGON, me, "0x123", "1", SendAsset.NATIVE, problems::add)).isEqualTo(Optional.empty());
        assertThat(SendForm.request(NetworkProfiles.POLYGON, me, you, "-1", SendAsset.NATIVE, problems::add)).isEmpty();
        assertThat(SendForm.request(NetworkProfiles.POLYGON, me, you, "1e-19", SendAsset.NATIVE, problems::add)).isEmpty();
        assertThat(SendForm.request(NetworkProfiles.POLYGON, me, you, "lots", SendAsset.NATIVE, problems::add)).isEmpty();
        assertThat(SendForm.request(NetworkProfiles.LOCAL_DEVNET, me, you, "1", SendAsset.DATA, problems::add)).isEmpty();

        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).startsWith("Recipient");
        assertThat(problems.get(2)).contains("18 decimal places");
        assertThat(problems.get(4)).contains("no DATA token");
    }
}
