package dev.rivulet.app.wallet;

/** What the send form sends: the chain's native currency or the DATA token. */
public enum SendAsset {
    NATIVE, DATA
}
