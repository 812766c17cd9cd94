package dev.rivulet.app.wallet;

import dev.rivulet.wallet.NewHdWallet;
import dev.rivulet.wallet.RecoveryPhrase;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The dialogs for creating a wallet (password, then the recovery phrase shown once and three of its words
 * typed back) and importing a recovery phrase or private key. They only collect input; the view model does
 * the work off the FX thread.
 */
final class AccountDialogs {

    /** What the create dialog collected. */
    record NewWalletInput(String label, char[] password) {
    }

    /** What the import dialog collected: a phrase or a private key, a label and the wallet password. */
    record ImportInput(String secret, String label, char[] password) {
    }

    private AccountDialogs() {
    }

    static Optional<NewWalletInput> askNewWallet(boolean firstPassword) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("New wallet");
        dialog.setHeaderText(firstPassword ? "Choose the wallet password" : "Enter the wallet password");
        TextField label = new TextField("Main");
        PasswordField password = new PasswordField();
        password.setId("new-wallet-password");
        PasswordField repeat = new PasswordField();
        GridPane grid = grid();
        grid.addRow(0, new Label("Label"), label);
        grid.addRow(1, new Label("Password"), password);
        if (firstPassword) {
            grid.addRow(2, new Label("Repeat"), repeat);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(password.textProperty().isEmpty()
                .or(repeat.textProperty().isNotEqualTo(password.textProperty()).and(new javafx.beans.property.SimpleBooleanProperty(firstPassword))));
        Optional<NewWalletInput> input = dialog.showAndWait().filter(ButtonType.OK::equals)
                .map(b -> new NewWalletInput(label.getText().strip(), password.getText().toCharArray()));
        password.clear();
        repeat.clear();
        return input;
    }

    /** Shows the phrase once, then asks for three of its words; true when they match. */
    static boolean showAndConfirmPhrase(NewHdWallet created, Random random) {
        RecoveryPhrase phrase = created.recoveryPhrase();
        List<String> words = phrase.words();
        Dialog<ButtonType> show = new Dialog<>();
        show.setTitle("Recovery phrase");
        show.setHeaderText("Write these " + words.size() + " words down, in order. They are shown only now and are the only way"
                + " to restore this wallet.");
        GridPane grid = grid();
        for (int i = 0; i < words.size(); i++) {
            grid.add(new Label((i + 1) + ". " + words.get(i)), i % 3, i / 3);
        }
        show.getDialogPane().setContent(grid);
        show.getDialogPane().getButtonTypes().add(new ButtonType("I wrote them down", ButtonType.OK.getButtonData()));
        show.showAndWait();
        int[] asked = random.ints(0, words.size()).distinct().limit(3).sorted().toArray();
        Dialog<ButtonType> check = new Dialog<>();
        check.setTitle("Confirm the recovery phrase");
        check.setHeaderText("Type words " + (asked[0] + 1) + ", " + (asked[1] + 1) + " and " + (asked[2] + 1));
        GridPane fields = grid();
        TextField[] typed = new TextField[3];
        for (int i = 0; i < 3; i++) {
            typed[i] = new TextField();
            fields.addRow(i, new Label("Word " + (asked[i] + 1)), typed[i]);
        }
        check.getDialogPane().setContent(fields);
        check.getDialogPane().getButtonTypes().addAll(ButtonType.OK);
        check.showAndWait();
        boolean ok = true;
        for (int i = 0; i < 3; i++) {
            ok &= typed[i].getText().strip().equalsIgnoreCase(words.get(asked[i]));
        }
        return ok;
    }

    static Optional<ImportInput> askImport() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Import account");
        dialog.setHeaderText("Paste a recovery phrase (12 or 24 words) or a private key (64 hex digits)");
        TextArea secret = new TextArea();
        secret.setPrefRowCount(3);
        secret.setWrapText(true);
        TextField label = new TextField("Imported");
        PasswordField password = new PasswordField();
        GridPane grid = grid();
        grid.addRow(0, new Label("Label"), label);
        grid.addRow(1, new Label("Wallet password"), password);
        dialog.getDialogPane().setContent(new VBox(8, secret, grid));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Optional<ImportInput> input = dialog.showAndWait().filter(ButtonType.OK::equals)
                .map(b -> new ImportInput(secret.getText(), label.getText().strip(), password.getText().toCharArray()));
        secret.clear();
        password.clear();
        return input;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }
}
