package dev.rivulet.wallet.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RevertReasonsTest {

    @Test
    void decodesErrorStrings() {
        // Error("error_notPermitted")
        String data = "0x08c379a0"
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "0000000000000000000000000000000000000000000000000000000000000012"
                + "6572726f725f6e6f745065726d69747465640000000000000000000000000000";
        assertThat(RevertReasons.decode(data)).contains("error_notPermitted");
    }

    @Test
    void decodesPanicsAndNamesCustomErrors() {
        String overflow = "0x4e487b71" + "0".repeat(62) + "11";
        assertThat(RevertReasons.decode(overflow)).contains("panic 0x11: arithmetic overflow or underflow");
        assertThat(RevertReasons.decode("0xdeadbeef")).contains("custom error 0xdeadbeef");
        assertThat(RevertReasons.decode("0x")).isEmpty();
        assertThat(RevertReasons.decode(null)).isEmpty();
        assertThat(RevertReasons.decode("0x08c379a0ff")).contains("reverted with malformed data 0x08c379a0ff");
    }

    @Test
    void readsReasonsQuotedInNodeMessages() {
        assertThat(RevertReasons.fromMessage(
                "Error: VM Exception while processing transaction: reverted with reason string 'error_halted'"))
                .contains("error_halted");
        assertThat(RevertReasons.fromMessage("execution reverted")).isEmpty();
    }
}
