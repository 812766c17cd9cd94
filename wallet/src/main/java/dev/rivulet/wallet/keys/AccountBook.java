package dev.rivulet.wallet.keys;

import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.UnknownAccountException;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.keys.WalletFiles.AccountsFile;
import java.util.ArrayList;
import java.util.List;

/** The account list and next HD index, kept in memory and written through to accounts.json. */
final class AccountBook {

    private final WalletFiles files;
    private AccountsFile state;

    AccountBook(WalletFiles files) {
        this.files = files;
        this.state = files.readAccounts();
    }

    List<Account> accounts() {
        return state.accounts();
    }

    int nextHdIndex() {
        return state.nextHdIndex();
    }

    boolean contains(Address address) {
        return state.accounts().stream().anyMatch(a -> a.address().equals(address));
    }

    void requireKnown(Address address) {
        if (!contains(address)) {
            throw new UnknownAccountException("no account " + address + " in this wallet");
        }
    }

    void requireNew(Address address) {
        if (contains(address)) {
            throw new WalletException("account " + address + " is already in the wallet");
        }
    }

    /** Adds {@code account} and sets the next HD index, writing accounts.json. */
    void add(Account account, int nextHdIndex) {
        List<Account> list = new ArrayList<>(state.accounts());
        list.add(account);
        save(new AccountsFile(list, nextHdIndex));
    }

    Account rename(Address address, String label) {
        requireKnown(address);
        List<Account> updated = new ArrayList<>();
        Account renamed = null;
        for (Account account : state.accounts()) {
            if (account.address().equals(address)) {
                renamed = account.withLabel(label);
                updated.add(renamed);
            } else {
                updated.add(account);
            }
        }
        save(new AccountsFile(updated, state.nextHdIndex()));
        return renamed;
    }

    private void save(AccountsFile next) {
        files.writeAccounts(next);
        state = next;
    }
}
