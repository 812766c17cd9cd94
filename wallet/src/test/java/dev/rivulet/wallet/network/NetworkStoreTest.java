package dev.rivulet.wallet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.TxHash;
import dev.rivulet.wallet.WalletException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkStoreTest {

    @TempDir
    Path dir;

    @Test
    void offersTheBuiltInNetworksWithStreamrDataTokens() {
        NetworkStore store = NetworkStore.open(dir);

        assertThat(store.profiles()).extracting(ChainProfile::name, ChainProfile::chainId, ChainProfile::currencySymbol).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Local devnet", 31337L, "ETH"),
                org.assertj.core.groups.Tuple.tuple("Ethereum mainnet", 1L, "ETH"),
                org.assertj.core.groups.Tuple.tuple("Polygon", 137L, "POL"),
                org.assertj.core.groups.Tuple.tuple("Gnosis", 100L, "xDAI"));
        assertThat(store.find("Ethereum mainnet").orElseThrow().dataToken()).isEqualTo(Address.of("0x8f693ca8D21b157107184d29D398A8D082b38b76"));
        assertThat(store.find("Polygon").orElseThrow().dataToken()).isEqualTo(Address.of("0x3a9A81d576d83FF21f26f325066054540720fC34"));
        assertThat(store.find("Gnosis").orElseThrow().dataToken()).isEqualTo(Address.of("0x256eb8a51f382650B2A1e946b8811953640ee47D"));
        assertThat(store.selected().name()).isEqualTo("Local devnet");
        assertThat(store.selected().rpcUrl()).isEqualTo("http://127.0.0.1:8545");
    }

    @Test
    void customNetworksChangesAndSelectionSurviveReopening() {
        NetworkStore store = NetworkStore.open(dir);
        Address token = Address.of("0x5FbDB2315678afecb367f032d93F642f64180aa3");
        store.save(store.find("Local devnet").orElseThrow().withRpcUrl("http://127.0.0.1:9545").withDataToken(token));
        store.save(new ChainProfile("My rollup", 424242, "https://rpc.example.org", "ETH", "https://scan.example.org/", null));
        store.select("My rollup");

        NetworkStore reopened = NetworkStore.open(dir);

        assertThat(reopened.find("Local devnet").orElseThrow().dataToken()).isEqualTo(token);
        assertThat(reopened.find("Local devnet").orElseThrow().rpcUrl()).isEqualTo("http://127.0.0.1:9545");
        assertThat(reopened.selected().chainId()).isEqualTo(424242);
        assertThat(reopened.profiles()).hasSize(5);
        TxHash hash = new TxHash("0x" + "ab".repeat(32));
        assertThat(reopened.selected().explorerTransactionUrl(hash)).contains("https://scan.example.org/tx/" + hash.hex());

        reopened.remove("My rollup");
        assertThat(NetworkStore.open(dir).selected().name()).isEqualTo("Local devnet");
    }

    @Test
    void refusesBadUrlsAndChangedBuiltInChainIds() {
        NetworkStore store = NetworkStore.open(dir);

        assertThatThrownBy(() -> store.save(new ChainProfile("Polygon", 80002, "https://rpc-amoy.polygon.technology", "POL", null, null)))
                .isInstanceOf(WalletException.class).hasMessageContaining("Polygon is chain 137");
        assertThatThrownBy(() -> store.save(new ChainProfile("X", 5, "ftp://host", "ETH", null, null)))
                .isInstanceOf(WalletException.class).hasMessageContaining("RPC URL");
        assertThatThrownBy(() -> store.select("nope")).isInstanceOf(WalletException.class);
        assertThat(Files.exists(dir.resolve("networks.json"))).isFalse();
    }

    @Test
    void corruptFileIsReportedAndLeftUntouched() throws Exception {
        Files.writeString(dir.resolve("networks.json"), "{\"version\": 1, \"profiles\": [ {\"name\": ");

        assertThatThrownBy(() -> NetworkStore.open(dir)).isInstanceOf(WalletException.class).hasMessageContaining("corrupt");
        assertThat(Files.readString(dir.resolve("networks.json"))).isEqualTo("{\"version\": 1, \"profiles\": [ {\"name\": ");
    }
}
