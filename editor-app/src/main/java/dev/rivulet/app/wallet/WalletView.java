package dev.rivulet.app.wallet;

import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.TokenAmount;
import dev.rivulet.wallet.history.TransactionRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The wallet pane: network switcher, chain status and lock state on top, accounts on the left, balances and
 * Send / Receive / History tabs in the middle. Self-contained: the main window places it where it likes.
 *
 * <p>{@code pane.setCenter(new WalletView(viewModel, url -> hostServices.showDocument(url)));}
 */
public final class WalletView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final WalletViewModel vm;
    private final Consumer<String> openUrl;
    private final ImageView qr = new ImageView();

    public WalletView(WalletViewModel vm, Consumer<String> openUrl) {
        this.vm = vm;
        this.openUrl = openUrl;
        setId("wallet-view");
        setPadding(new Insets(8));
        setTop(topBar());
        setLeft(accounts());
        setCenter(centre());
        Label message = new Label();
        message.setId("wallet-message");
        message.textProperty().bind(vm.message);
        setBottom(message);
        vm.selectedAccount.addListener((o, old, now) -> showQr());
        vm.network.addListener((o, old, now) -> showQr());
        showQr();
        Timeline clipboardTimer = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tickClipboard()));
        clipboardTimer.setCycleCount(Animation.INDEFINITE);
        // ticks only while the pane is in a scene: a detached pane keeps no animation (and no pulses) alive
        sceneProperty().addListener((o, old, now) -> {
            if (now == null) {
                vm.tickClipboard();
                clipboardTimer.stop();
            } else {
                clipboardTimer.play();
            }
        });
    }

    private HBox topBar() {
        ComboBox<ChainProfile> network = new ComboBox<>(vm.networkProfiles);
        network.setId("wallet-network");
        network.setConverter(converter(p -> p.name() + " (" + p.chainId() + ")"));
        network.setValue(vm.network.get());
        vm.network.addListener((o, old, now) -> network.setValue(now));
        network.setOnAction(e -> vm.selectNetwork(network.getValue()));
        Label status = new Label();
        status.setId("wallet-chain-status");
        status.textProperty().bind(vm.chainStatus);
        Label lockState = new Label();
        lockState.setId("wallet-lock-state");
        lockState.textProperty().bind(vm.locked.map(l -> l ? "Locked" : "Unlocked"));
        PasswordField password = new PasswordField();
        password.setId("wallet-password");
        password.setPromptText("Password");
        password.visibleProperty().bind(vm.locked);
        password.managedProperty().bind(vm.locked);
        Button lock = new Button();
        lock.setId("wallet-lock-button");
        lock.textProperty().bind(vm.locked.map(l -> l ? "Unlock" : "Lock"));
        Runnable toggle = () -> {
            if (vm.locked.get()) {
                vm.unlock(password.getText().toCharArray());
                password.clear();
            } else {
                vm.lock();
            }
        };
        lock.setOnAction(e -> toggle.run());
        password.setOnAction(e -> toggle.run());
        Button startDevnet = new Button("Start local devnet");
        startDevnet.setId("wallet-start-devnet");
        startDevnet.setOnAction(e -> vm.startDevnet());
        startDevnet.visibleProperty().bind(vm.network.map(p -> vm.canStartDevnet() && p.chainId() == ChainProfile.DEVNET_CHAIN_ID));
        startDevnet.managedProperty().bind(startDevnet.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Network"), network, status, startDevnet, spacer, lockState, password, lock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private VBox accounts() {
        ListView<Account> list = new ListView<>(vm.accounts);
        list.setId("wallet-accounts");
        list.setPrefWidth(260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Account a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.label() + "\n" + a.address().hex().substring(0, 10) + "…" + a.address().hex().substring(38));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.selectedAccount.set(now);
            }
        });
        vm.selectedAccount.addListener((o, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(vm.selectedAccount.get());
        Button add = new Button("Add account");
        add.setId("wallet-add-account");
        add.setOnAction(e -> vm.addAccount("Account " + (vm.accounts.size() + 1)));
        add.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.accounts));
        Button create = new Button("New wallet…");
        create.setId("wallet-create");
        create.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.accounts));
        create.managedProperty().bind(create.visibleProperty());
        create.setOnAction(e -> AccountDialogs.askNewWallet(true).ifPresent(in -> vm.createWallet(in.label(), in.password(),
                created -> {
                    boolean confirmed = AccountDialogs.showAndConfirmPhrase(created, new java.security.SecureRandom());
                    vm.message.set(confirmed ? "Wallet created; recovery phrase confirmed"
                            : "Wallet created, but the words did not match: it cannot be shown again, so keep the written copy safe");
                })));
        Button importButton = new Button("Import…");
        importButton.setId("wallet-import");
        importButton.setOnAction(e -> AccountDialogs.askImport().ifPresent(in -> vm.importAccount(in.secret(), in.label(), in.password())));
        VBox box = new VBox(6, new Label("Accounts"), list, new HBox(6, create, add, importButton));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private VBox centre() {
        Label nativeBalance = new Label();
        nativeBalance.setId("wallet-native-balance");
        nativeBalance.textProperty().bind(vm.nativeBalance);
        nativeBalance.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label dataBalance = new Label();
        dataBalance.setId("wallet-data-balance");
        dataBalance.textProperty().bind(vm.dataBalance);
        dataBalance.setStyle("-fx-font-size: 16px;");
        TabPane tabs = new TabPane(new Tab("Send", sendForm()), new Tab("Receive", receive()), new Tab("History", history()));
        tabs.setId("wallet-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(8, nativeBalance, dataBalance, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    private GridPane sendForm() {
        TextField to = new TextField();
        to.setId("send-to");
        to.setPromptText("0x…");
        to.textProperty().bindBidirectional(vm.sendTo);
        TextField amount = new TextField();
        amount.setId("send-amount");
        amount.textProperty().bindBidirectional(vm.sendAmount);
        ChoiceBox<SendAsset> asset = new ChoiceBox<>();
        asset.setId("send-asset");
        asset.getItems().setAll(SendAsset.values());
        asset.setConverter(converter(a -> a == SendAsset.DATA ? "DATA" : vm.network.get().currencySymbol()));
        asset.valueProperty().bindBidirectional(vm.sendAsset);
        Button send = new Button("Review and send…");
        send.setId("send-button");
        send.setOnAction(e -> vm.send());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("To"), to);
        grid.addRow(1, new Label("Amount"), new HBox(6, amount, asset));
        grid.add(send, 1, 2);
        GridPane.setHgrow(to, Priority.ALWAYS);
        return grid;
    }

    private VBox receive() {
        Label address = new Label();
        address.setId("receive-address");
        address.textProperty().bind(vm.selectedAccount.map(a -> a.address().hex()).orElse(""));
        address.setStyle("-fx-font-family: monospace;");
        qr.setId("receive-qr");
        Button copy = new Button("Copy address");
        copy.setId("copy-address");
        copy.setOnAction(e -> vm.copyAddress());
        Button copyKey = new Button("Copy private key (cleared after 30 s)");
        copyKey.setId("copy-private-key");
        copyKey.setOnAction(e -> vm.copyPrivateKey());
        VBox box = new VBox(8, address, qr, new HBox(8, copy, copyKey));
        box.setPadding(new Insets(10));
        return box;
    }

    private TableView<TransactionRecord> history() {
        TableView<TransactionRecord> table = new TableView<>(vm.history);
        table.setId("wallet-history");
        table.getColumns().add(column("Time", 140, r -> TIME.format(r.sentAt())));
        table.getColumns().add(column("Transaction", 300, TransactionRecord::summary));
        table.getColumns().add(column("Value", 90, r -> TokenAmount.wei(r.value(), vm.network.get().currencySymbol()).toString()));
        table.getColumns().add(column("Status", 90, r -> r.status().name().toLowerCase()));
        table.getColumns().add(column("Reason", 160, r -> r.failure().orElse("")));
        TableColumn<TransactionRecord, TransactionRecord> link = new TableColumn<>("Explorer");
        link.setPrefWidth(120);
        link.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        link.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TransactionRecord r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                var url = vm.explorerUrl(r);
                Hyperlink h = new Hyperlink(r.hash().hex().substring(0, 10) + "…");
                h.setDisable(url.isEmpty());
                url.ifPresent(u -> h.setOnAction(e -> openUrl.accept(u)));
                setGraphic(h);
            }
        });
        table.getColumns().add(link);
        return table;
    }

    private static TableColumn<TransactionRecord, String> column(String title, double width, Function<TransactionRecord, String> value) {
        TableColumn<TransactionRecord, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private void showQr() {
        qr.setImage(vm.receiveUri().map(uri -> QrCodes.image(uri, 4)).orElse(null));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
