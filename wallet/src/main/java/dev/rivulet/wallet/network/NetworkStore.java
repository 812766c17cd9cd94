package dev.rivulet.wallet.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.WalletException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network profiles of a data directory: the built-in ones ({@link NetworkProfiles}), the user's changes
 * to them (RPC URL, explorer, DATA token address; never the chain id) and custom networks, plus which one
 * is selected. Stored in {@code wallet/networks.json}, replaced atomically; a corrupt file is reported and
 * left untouched.
 *
 * <pre>{@code
 * NetworkStore networks = NetworkStore.open(dataDir.resolve("wallet"));
 * networks.save(networks.find("Local devnet").orElseThrow().withDataToken(token));
 * ChainProfile current = networks.selected();
 * }</pre>
 */
public final class NetworkStore {

    static final int VERSION = 1;
    static final String FILE_NAME = "networks.json";
    private static final Set<String> RPC_SCHEMES = Set.of("http", "https", "ws", "wss");

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, ChainProfile> stored = new LinkedHashMap<>();
    private String selected = NetworkProfiles.LOCAL_DEVNET_NAME;

    private NetworkStore(Path file) {
        this.file = file;
    }

    /** Reads {@code walletDir/networks.json} if it exists. @throws WalletException if it is corrupt */
    public static NetworkStore open(Path walletDir) {
        NetworkStore store = new NetworkStore(walletDir.resolve(FILE_NAME));
        store.load();
        return store;
    }

    /** Built-in profiles (with the user's changes) followed by custom ones. */
    public synchronized List<ChainProfile> profiles() {
        List<ChainProfile> all = new ArrayList<>();
        for (ChainProfile builtIn : NetworkProfiles.builtIn()) {
            all.add(stored.getOrDefault(builtIn.name(), builtIn));
        }
        stored.values().stream().filter(p -> !isBuiltIn(p.name())).forEach(all::add);
        return List.copyOf(all);
    }

    public synchronized Optional<ChainProfile> find(String name) {
        return profiles().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public synchronized ChainProfile selected() {
        return find(selected).orElse(NetworkProfiles.LOCAL_DEVNET);
    }

    public synchronized void select(String name) {
        if (find(name).isEmpty()) {
            throw new WalletException("no network named \"" + name + "\"");
        }
        selected = name;
        write();
    }

    /**
     * Adds a custom network or changes one (a built-in keeps its chain id).
     *
     * @throws WalletException for a bad RPC or explorer URL or a changed built-in chain id
     */
    public synchronized void save(ChainProfile profile) {
        validate(profile);
        stored.put(profile.name(), profile);
        write();
    }

    /** Removes a custom network, or restores a built-in one's defaults. */
    public synchronized void remove(String name) {
        stored.remove(name);
        if (selected.equals(name) && !isBuiltIn(name)) {
            selected = NetworkProfiles.LOCAL_DEVNET_NAME;
        }
        write();
    }

    private static boolean isBuiltIn(String name) {
        return NetworkProfiles.builtIn().stream().anyMatch(p -> p.name().equals(name));
    }

    private static void validate(ChainProfile profile) {
        if (profile.name().isBlank()) {
            throw new WalletException("a network needs a name");
        }
        NetworkProfiles.builtIn().stream().filter(b -> b.name().equals(profile.name()) && b.chainId() != profile.chainId())
                .findFirst().ifPresent(b -> {
                    throw new WalletException(b.name() + " is chain " + b.chainId() + "; add a custom network for chain " + profile.chainId());
                });
        checkUrl(profile.rpcUrl(), RPC_SCHEMES, "RPC URL");
        if (profile.explorerUrl() != null && !profile.explorerUrl().isBlank()) {
            checkUrl(profile.explorerUrl(), Set.of("http", "https"), "explorer URL");
        }
    }

    private static void checkUrl(String url, Set<String> schemes, String what) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase()) || uri.getHost() == null) {
                throw new WalletException("the " + what + " must be " + String.join("/", schemes) + "://host...: " + url);
            }
        } catch (java.net.URISyntaxException e) {
            throw new WalletException("the " + what + " is not a URL: " + e.getMessage());
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            if (root.path("version").asInt() != VERSION) {
                throw new WalletException(file + " has version " + root.path("version") + "; this Rivulet reads version " + VERSION);
            }
            for (JsonNode p : root.path("profiles")) {
                ChainProfile profile = new ChainProfile(p.path("name").asText(), p.path("chainId").asLong(), p.path("rpcUrl").asText(),
                        p.path("currency").asText(), text(p, "explorerUrl"),
                        Optional.ofNullable(text(p, "dataToken")).map(Address::of).orElse(null));
                validate(profile);
                stored.put(profile.name(), profile);
            }
            selected = root.path("selected").asText(NetworkProfiles.LOCAL_DEVNET_NAME);
        } catch (IOException | IllegalArgumentException e) {
            throw new WalletException(file + " is corrupt (" + e.getMessage() + "); it was left as it is", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private void write() {
        ObjectNode root = json.createObjectNode();
        root.put("version", VERSION);
        root.put("selected", selected);
        ArrayNode list = root.putArray("profiles");
        for (ChainProfile p : stored.values()) {
            ObjectNode node = list.addObject();
            node.put("name", p.name());
            node.put("chainId", p.chainId());
            node.put("rpcUrl", p.rpcUrl());
            node.put("currency", p.currencySymbol());
            node.put("explorerUrl", p.explorerUrl());
            node.put("dataToken", p.dataTokenAddress().map(Address::hex).orElse(null));
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new WalletException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
