package dev.rivulet.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClipboardGuardTest {

    /** Holds text like the system clipboard does (the real one needs a desktop session). */
    static final class MemoryClipboard implements ClipboardPort {
        String text;

        @Override
        public void putText(String t) {
            text = t;
        }

        @Override
        public Optional<String> text() {
            return Optional.ofNullable(text);
        }

        @Override
        public void clear() {
            text = null;
        }
    }

    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MemoryClipboard clipboard = new MemoryClipboard();
    private final HandClock clock = new HandClock();
    private final ClipboardGuard guard = new ClipboardGuard(clipboard, clock);

    @Test
    void clearsACopiedSecretAfterThirtySeconds() {
        guard.copySecret("secret key");
        clock.now = clock.now.plus(Duration.ofSeconds(29));
        guard.tick();
        assertThat(clipboard.text).isEqualTo("secret key");

        clock.now = clock.now.plus(Duration.ofSeconds(1));
        guard.tick();

        assertThat(clipboard.text).isNull();
        assertThat(guard.clearsAt()).isEmpty();
    }

    @Test
    void leavesAloneWhatTheUserCopiedSince() {
        guard.copySecret("secret key");
        clipboard.putText("shopping list");
        clock.now = clock.now.plus(Duration.ofMinutes(1));

        guard.tick();

        assertThat(clipboard.text).isEqualTo("shopping list");
    }

    @Test
    void addressesAreNotClearedAndLockClearsSecretsAtOnce() {
        guard.copyPublic("0xabc");
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        guard.tick();
        assertThat(clipboard.text).isEqualTo("0xabc");

        guard.copySecret("secret key");
        assertThat(guard.clearsAt()).contains(clock.now.plusSeconds(30));
        guard.clearNow();

        assertThat(clipboard.text).isNull();
    }
}
