package dev.rivulet.wallet.devnet;

import static dev.rivulet.wallet.TestKeys.HARDHAT_0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.Signature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Our signatures must equal what the node itself produces for its own account #0. */
@ExtendWith(HardhatDevnet.class)
class DevnetSignatureCrossCheckTest {

    @TempDir
    Path dir;

    @Test
    void personalSignEqualsHardhats(DevnetNode node) {
        byte[] message = "Log in to Rivulet engine at 127.0.0.1".getBytes(StandardCharsets.UTF_8);
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Signature ours = wallet.signPersonalMessage(HARDHAT_0, message);
            String theirs = node.result("personal_sign", "[\"0x" + Hex.toHexString(message) + "\", \"" + HARDHAT_0.hex() + "\"]");

            assertThat(ours.hex()).isEqualTo(theirs);
            assertThat(wallet.recoverPersonalSigner(message, ours)).isEqualTo(HARDHAT_0);
        }
    }

    @Test
    void typedDataSignatureEqualsHardhats(DevnetNode node) throws IOException {
        String mail;
        try (InputStream in = getClass().getResourceAsStream("/dev/rivulet/wallet/sign/eip712-mail.json")) {
            mail = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (DefaultWalletService wallet = DevnetWallets.funded(dir, node)) {
            Signature ours = wallet.signTypedData(HARDHAT_0, mail);
            String theirs = node.result("eth_signTypedData_v4", "[\"" + HARDHAT_0.hex() + "\", " + mail + "]");

            assertThat(ours.hex()).isEqualTo(theirs);
            assertThat(wallet.recoverTypedDataSigner(mail, ours)).isEqualTo(HARDHAT_0);
        }
    }
}
