package dev.rivulet.app.wallet;

import dev.rivulet.wallet.confirm.ConfirmationCallback;
import dev.rivulet.wallet.confirm.DecodedCall;
import dev.rivulet.wallet.confirm.TransactionConfirmation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The one confirmation dialog every transaction passes: chain, from, to, value, the decoded call with its
 * arguments, gas limit and maximum fee. Called on a background thread by the wallet's approver; shows the
 * dialog on the FX thread and blocks until the user answers. Cancel (or closing it) sends nothing.
 *
 * <p>{@code new ConfirmingApprover(CallDecoder.standard(), new ConfirmationDialog(() -> stage), settings)}
 */
public final class ConfirmationDialog implements ConfirmationCallback {

    private final java.util.function.Supplier<Window> owner;

    public ConfirmationDialog(java.util.function.Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(TransactionConfirmation confirmation) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("transactions are sent off the FX thread; the dialog waits for the user");
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(dialog(confirmation).showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    Dialog<ButtonType> dialog(TransactionConfirmation c) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Confirm transaction");
        dialog.setHeaderText(c.description());
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        GridPane grid = new GridPane();
        grid.setId("confirmation-details");
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, String> line : rows(c)) {
            Label value = new Label(line.getValue());
            value.setWrapText(true);
            grid.addRow(row++, new Label(line.getKey()), value);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType send = new ButtonType("Sign and send", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, send);
        return dialog;
    }

    /** The label/value lines of the dialog, in order. */
    static List<Map.Entry<String, String>> rows(TransactionConfirmation c) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(Map.entry("Network", c.chain().name() + " (chain " + c.chain().chainId() + ")"));
        rows.add(Map.entry("From", c.from().hex()));
        rows.add(Map.entry("To", c.to() == null ? "new contract" : c.to().hex()));
        rows.add(Map.entry("Value", c.value().toString()));
        c.decodedCall().ifPresent(call -> {
            rows.add(Map.entry("Function", call.contract() + " · " + call.signature()));
            for (DecodedCall.Argument a : call.arguments()) {
                rows.add(Map.entry("  " + a.name(), a.value()));
            }
        });
        rows.add(Map.entry("Gas limit", c.gasLimit().toString()));
        rows.add(Map.entry("Max fee", c.maxFee().toString()));
        rows.add(Map.entry("Max total", c.maxTotal().toString()));
        rows.add(Map.entry("Nonce", c.nonce().toString()));
        return List.copyOf(rows);
    }
}
