package dev.rivulet.wallet;

import java.util.List;
import java.util.Objects;

/**
 * A BIP39 recovery phrase, handed to the caller exactly once when an HD wallet is created, so that the
 * user can write it down and confirm it. The wallet never stores it; {@link #toString()} never shows it.
 *
 * <p>{@code List<String> words = created.recoveryPhrase().words();}
 */
public final class RecoveryPhrase {

    private final String phrase;

    /** Wraps a space-separated phrase (the wallet creates these; callers rarely need to). */
    public RecoveryPhrase(String phrase) {
        this.phrase = Objects.requireNonNull(phrase, "phrase");
    }

    /** The words in order, for display and for the confirmation step. */
    public List<String> words() {
        return List.of(phrase.split(" "));
    }

    /** The phrase as one space-separated string. */
    public String phrase() {
        return phrase;
    }

    /** True when {@code attempt} is the same phrase, ignoring case and extra white space. */
    public boolean matches(String attempt) {
        return attempt != null && String.join(" ", attempt.strip().toLowerCase().split("\\s+")).equals(phrase);
    }

    @Override
    public String toString() {
        return "RecoveryPhrase[" + words().size() + " words, hidden]";
    }
}
