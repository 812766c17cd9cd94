package dev.rivulet.app.wallet;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.localnet.DevnetFolder;
import dev.rivulet.wallet.localnet.DevnetProvisioner;
import dev.rivulet.wallet.localnet.DevnetProvisioner.DevnetDeployment;
import dev.rivulet.wallet.localnet.LocalDevnet;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The app's devnet button: hardhat from resources/devnet (installed on first use) on 127.0.0.1:{@code port},
 * a DATA token, and 100 test ETH plus 10000 DATA for each account. {@link #close()} stops it (on app exit).
 *
 * <p>{@code DevnetStarter devnet = new LocalDevnetStarter(8545);}
 */
public final class LocalDevnetStarter implements DevnetStarter {

    private static final BigInteger ETH = BigInteger.TEN.pow(20);
    private static final BigInteger DATA = BigInteger.TEN.pow(22);

    private final int port;
    private LocalDevnet running;

    public LocalDevnetStarter(int port) {
        this.port = port;
    }

    @Override
    public synchronized DevnetDeployment start(List<Address> fund) {
        LocalDevnet.checkTools();
        if (running != null && running.isAlive()) {
            throw new WalletException("the local devnet is already running at " + running.rpcUrl());
        }
        Path dir;
        try {
            dir = DevnetFolder.locate(LocalDevnetStarter.class);
        } catch (IllegalStateException e) {
            throw new WalletException(e.getMessage(), e);
        }
        try {
            running = LocalDevnet.start(dir, port, Files.createTempFile("rivulet-hardhat-", ".log"), Duration.ofMinutes(2));
        } catch (IOException e) {
            throw new WalletException("cannot create the devnet log file: " + e.getMessage(), e);
        }
        return DevnetProvisioner.provision(running.rpcUrl(), fund, ETH, DATA);
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
