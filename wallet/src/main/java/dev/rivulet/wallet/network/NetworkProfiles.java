package dev.rivulet.wallet.network;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import java.util.List;

/**
 * The networks Rivulet knows out of the box, with Streamr's DATAv2 token where it is deployed
 * (Ethereum 0x8f69…, Polygon 0x3a9A…, Gnosis 0x256e…). The RPC URLs are public endpoints a user will
 * usually replace with their own; the local devnet's DATA token is the one {@code rivulet devnet} deploys.
 *
 * <p>{@code ChainProfile polygon = NetworkProfiles.POLYGON;}
 */
public final class NetworkProfiles {

    public static final String LOCAL_DEVNET_NAME = "Local devnet";
    public static final String DEFAULT_DEVNET_RPC = "http://127.0.0.1:8545";

    public static final ChainProfile LOCAL_DEVNET = new ChainProfile(LOCAL_DEVNET_NAME, ChainProfile.DEVNET_CHAIN_ID,
            DEFAULT_DEVNET_RPC, "ETH", null, null);
    public static final ChainProfile ETHEREUM = new ChainProfile("Ethereum mainnet", 1, "https://ethereum-rpc.publicnode.com",
            "ETH", "https://etherscan.io", Address.of("0x8f693ca8d21b157107184d29d398a8d082b38b76"));
    public static final ChainProfile POLYGON = new ChainProfile("Polygon", 137, "https://polygon-rpc.com",
            "POL", "https://polygonscan.com", Address.of("0x3a9a81d576d83ff21f26f325066054540720fc34"));
    public static final ChainProfile GNOSIS = new ChainProfile("Gnosis", 100, "https://rpc.gnosischain.com",
            "xDAI", "https://gnosisscan.io", Address.of("0x256eb8a51f382650b2a1e946b8811953640ee47d"));

    private NetworkProfiles() {
    }

    /** The built-in profiles, local devnet first. */
    public static List<ChainProfile> builtIn() {
        return List.of(LOCAL_DEVNET, ETHEREUM, POLYGON, GNOSIS);
    }
}
