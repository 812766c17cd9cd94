package dev.rivulet.wallet.history;

import dev.rivulet.wallet.WalletException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * {@code wallet.db} beside the key files: transaction history, stream signing grants and settings,
 * migrated by Flyway from {@code db/wallet} on the class path. Holds nothing secret.
 *
 * <p>{@code WalletDatabase db = WalletDatabase.open(dataDir.resolve("wallet"));}
 */
public final class WalletDatabase {

    public static final String FILE_NAME = "wallet.db";
    public static final String MIGRATIONS = "db/wallet";

    private final Path file;
    private final SQLiteDataSource dataSource;

    private WalletDatabase(Path file, SQLiteDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
    }

    /** Opens (creating if needed) and migrates {@code walletDir/wallet.db}. */
    public static WalletDatabase open(Path walletDir) {
        Path file = walletDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(walletDir);
        } catch (java.io.IOException e) {
            throw new WalletException("cannot create the wallet directory " + walletDir + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        // WAL lets the UI read history while the chain watcher writes
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure(WalletDatabase.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + MIGRATIONS)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return new WalletDatabase(file, dataSource);
    }

    public Path file() {
        return file;
    }

    /** A new connection; the caller closes it. */
    public Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new WalletException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }
}
