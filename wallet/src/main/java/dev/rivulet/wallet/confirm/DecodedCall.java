package dev.rivulet.wallet.confirm;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A contract call decoded from its data with a known ABI, for the confirmation dialog and the history.
 *
 * <p>{@code call.summary()} reads like "DATA token: transfer(to=0x70…, amount=1.5 DATA)".
 *
 * @param contract  the known contract the ABI belongs to ("DATA token", "Marketplace", "Stream registry")
 * @param signature the canonical signature, e.g. "transfer(address,uint256)"
 */
public record DecodedCall(String contract, String function, String signature, List<Argument> arguments) {

    public DecodedCall {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(signature, "signature");
        arguments = List.copyOf(arguments);
    }

    /** One decoded argument: its ABI name and type and the value as text (amounts with their unit where known). */
    public record Argument(String name, String type, String value) {
    }

    public String summary() {
        return contract + ": " + function + "(" + arguments.stream().map(a -> a.name() + "=" + a.value())
                .collect(Collectors.joining(", ")) + ")";
    }
}
