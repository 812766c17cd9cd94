package dev.rivulet.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressTest {

    @Test
    void normalisesSingleCaseInputToTheChecksummedForm() {
        assertThat(Address.of("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266").hex())
                .isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertThat(Address.of("F39FD6E51AAD88F6F4CE6AB8827279CFFFB92266")).isEqualTo(TestKeys.HARDHAT_0);
    }

    @Test
    void refusesMixedCaseWithABadChecksum() {
        assertThatThrownBy(() -> Address.of("0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checksum");
    }

    @Test
    void doesNotEchoInputThatIsNoAddress() {
        String pastedKey = "0x" + TestKeys.COW_KEY;
        assertThatThrownBy(() -> Address.of(pastedKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(TestKeys.COW_KEY.substring(0, 16));
    }
}
