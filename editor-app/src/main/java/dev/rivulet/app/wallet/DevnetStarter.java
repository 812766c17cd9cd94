package dev.rivulet.app.wallet;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.localnet.DevnetProvisioner.DevnetDeployment;
import java.util.List;

/**
 * Starts the local devnet for the wallet pane's button and funds the given accounts. Blocking; called off the
 * FX thread. {@link LocalDevnetStarter} is the real one (hardhat from resources/devnet).
 */
public interface DevnetStarter extends AutoCloseable {

    /**
     * @throws dev.rivulet.wallet.localnet.DevnetToolsMissingException without Node.js / npm (the message says what to install)
     */
    DevnetDeployment start(List<Address> fund);

    /** Stops the devnet if this starter started one. */
    @Override
    void close();
}
