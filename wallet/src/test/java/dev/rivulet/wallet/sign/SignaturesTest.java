package dev.rivulet.wallet.sign;

import static dev.rivulet.wallet.TestKeys.COW;
import static dev.rivulet.wallet.TestKeys.COW_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.Signature;
import dev.rivulet.wallet.WalletException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;

class SignaturesTest {

    static final ECKeyPair COW_PAIR = ECKeyPair.create(new BigInteger(COW_KEY, 16));

    static String mailJson() throws IOException {
        try (InputStream in = SignaturesTest.class.getResourceAsStream("eip712-mail.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eip712MailExampleMatchesTheSpec() throws IOException {
        String mail = mailJson();

        assertThat(Hex.toHexString(Signatures.typedDataHash(mail)))
                .isEqualTo("be609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2");
        Signature signature = Signatures.signTypedData(mail, COW_PAIR);
        // v = 28, r and s as published in EIP-712's example
        assertThat(signature.hex()).isEqualTo("0x"
                + "4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d"
                + "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562" + "1c");
        assertThat(Signatures.recoverTypedData(mail, signature)).isEqualTo(COW);
    }

    @Test
    void personalSignMatchesAPublishedVector() {
        // web3.js documentation: web3.eth.accounts.sign('Some data', '0x4c0883a6...3f362318')
        ECKeyPair key = ECKeyPair.create(new BigInteger("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", 16));
        byte[] message = "Some data".getBytes(StandardCharsets.UTF_8);

        Signature signature = Signatures.signPersonal(message, key);

        assertThat(signature.hex()).isEqualTo("0xb91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd"
                + "6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c");
        assertThat(Signatures.recoverPersonal(message, signature))
                .isEqualTo(Address.of("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"));
    }

    @Test
    void tamperedMessageRecoversAnotherSigner() throws IOException {
        byte[] message = "pay 1 DATA".getBytes(StandardCharsets.UTF_8);
        Signature signature = Signatures.signPersonal(message, COW_PAIR);

        assertThat(Signatures.recoverPersonal(message, signature)).isEqualTo(COW);
        assertThat(Signatures.recoverPersonal("pay 9 DATA".getBytes(StandardCharsets.UTF_8), signature)).isNotEqualTo(COW);
        String otherMail = mailJson().replace("Hello, Bob!", "Hello, Eve!");
        assertThat(Signatures.recoverTypedData(otherMail, Signatures.signTypedData(mailJson(), COW_PAIR))).isNotEqualTo(COW);
    }

    @Test
    void acceptsRawRecoveryIdAndRejectsGarbage() {
        byte[] message = "hi".getBytes(StandardCharsets.UTF_8);
        Signature signature = Signatures.signPersonal(message, COW_PAIR);
        String raw = signature.hex().substring(0, 130) + String.format("%02x", signature.v() - 27);

        assertThat(Signatures.recoverPersonal(message, new Signature(raw))).isEqualTo(COW);
        assertThatThrownBy(() -> new Signature("0x1234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signatures.typedDataHash("{\"types\": 1}")).isInstanceOf(WalletException.class);
    }
}
