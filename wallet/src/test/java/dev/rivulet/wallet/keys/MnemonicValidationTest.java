package dev.rivulet.wallet.keys;

import static dev.rivulet.wallet.TestKeys.password;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.wallet.InvalidMnemonicException;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnemonicValidationTest {

    @TempDir
    Path dir;

    Keyring keyring() {
        return new Keyring(dir, KdfParams.LIGHT, new MutableClock(), Duration.ZERO);
    }

    @Test
    void badChecksumIsRefusedWithoutQuotingThePhraseAndWritesNothing() {
        String swapped = "test test test test test test test test test test junk test";
        assertThatThrownBy(() -> keyring().restoreFromPhrase(swapped, password(), "x"))
                .isInstanceOf(InvalidMnemonicException.class)
                .hasMessageContaining("checksum")
                .hasMessageNotContaining("junk");
        assertThat(DirectorySnapshot.of(dir).files()).isEmpty();
    }

    @Test
    void unknownWordsAreNamedByPosition() {
        String typo = "test test test test tset test test test test test test junk";
        assertThatThrownBy(() -> keyring().restoreFromPhrase(typo, password(), "x"))
                .isInstanceOf(InvalidMnemonicException.class)
                .hasMessageContaining("word [5]")
                .hasMessageNotContaining("tset");
    }

    @Test
    void wrongWordCountIsRefused() {
        assertThatThrownBy(() -> keyring().restoreFromPhrase("test test test", password(), "x"))
                .isInstanceOf(InvalidMnemonicException.class).hasMessageContaining("not 3");
        assertThatThrownBy(() -> keyring().restoreFromPhrase("  ", password(), "x"))
                .isInstanceOf(InvalidMnemonicException.class).hasMessageContaining("empty");
    }
}
