package dev.rivulet.wallet.modules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.ModuleException;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.abi.AbiException;
import dev.rivulet.wallet.abi.ContractAbi;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What travels along an EthereumContract connection, and what a contract input keeps in the saved canvas: a map
 * {@code {address, abi}} as Streamr's EthereumContract.toMap() wrote it (abi as the JSON array, address null until
 * deployed). A plain map survives state snapshots, JSON lines and Streamr import/export unchanged.
 *
 * <p>{@code ContractValue.Ref c = ContractValue.read(input.getValue()); c.address()}
 */
public final class ContractValue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractValue() {
    }

    /** A contract at {@code address} (null: compiled, not deployed) with its ABI. */
    public static Map<String, Object> of(Address address, ContractAbi abi) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", address == null ? null : address.hex());
        try {
            m.put("abi", Collections.unmodifiableList(JSON.readValue(abi.json(), new TypeReference<List<Object>>() { })));
        } catch (Exception e) {
            throw new AbiException("cannot copy the ABI: " + e.getMessage());
        }
        return Collections.unmodifiableMap(m);
    }

    /** A contract value's address and parsed ABI; the ABI may be a JSON array or its text. */
    public static Ref read(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new ModuleException("expected an Ethereum contract (from GetContractAt or SolidityCompileDeploy), got "
                    + (value == null ? "nothing" : value.getClass().getSimpleName()));
        }
        Object abi = map.get("abi");
        String abiJson;
        try {
            abiJson = abi instanceof String s ? s : JSON.writeValueAsString(abi);
        } catch (Exception e) {
            throw new ModuleException("the contract's ABI cannot be read: " + e.getMessage());
        }
        ContractAbi parsed;
        try {
            parsed = ContractAbi.parse(abiJson);
        } catch (AbiException e) {
            throw new ModuleException(e.getMessage());
        }
        Object address = map.get("address");
        Address at = null;
        if (address != null && !String.valueOf(address).isBlank() && !"0x".equals(String.valueOf(address).trim())) {
            try {
                at = Address.of(String.valueOf(address));
            } catch (IllegalArgumentException e) {
                throw new ModuleException("the contract's address is not valid: " + e.getMessage());
            }
        }
        return new Ref(at, parsed);
    }

    /**
     * A contract: address (null until deployed) and ABI.
     */
    public record Ref(Address address, ContractAbi abi) {
        public Optional<Address> deployedAt() {
            return Optional.ofNullable(address);
        }
    }
}
