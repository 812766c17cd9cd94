package dev.rivulet.wallet;

/**
 * Where an explicitly copied secret goes (the UI's clipboard guard). The wallet wipes the array after
 * {@link #accept} returns, so the sink copies what it needs.
 *
 * <p>{@code wallet.copyPrivateKey(address, secret -> clipboardGuard.copySecret(new String(secret)));}
 */
@FunctionalInterface
public interface SecretSink {

    void accept(char[] secret);
}
