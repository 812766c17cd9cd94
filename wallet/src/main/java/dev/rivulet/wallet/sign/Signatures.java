package dev.rivulet.wallet.sign;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.Signature;
import dev.rivulet.wallet.WalletException;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;
import org.bouncycastle.util.encoders.Hex;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * EIP-191 {@code personal_sign} and EIP-712 typed-data signatures, and recovery of the signer.
 * Pure functions of their inputs; the wallet service supplies the key of an unlocked account.
 *
 * <p>{@code Address signer = Signatures.recoverPersonal(message, signature);}
 */
public final class Signatures {

    private Signatures() {
    }

    /** Signs {@code "\x19Ethereum Signed Message:\n" + len + message}, as personal_sign does. */
    public static Signature signPersonal(byte[] message, ECKeyPair key) {
        return toSignature(Sign.signPrefixedMessage(message, key));
    }

    /** Signs EIP-712 typed data given as eth_signTypedData_v4 JSON (types, primaryType, domain, message). */
    public static Signature signTypedData(String typedDataJson, ECKeyPair key) {
        return toSignature(Sign.signMessage(typedDataHash(typedDataJson), key, false));
    }

    /** The EIP-712 digest {@code keccak256("\x19\x01" || domainSeparator || hashStruct(message))}. */
    public static byte[] typedDataHash(String typedDataJson) {
        try {
            return new StructuredDataEncoder(typedDataJson).hashStructuredData();
        } catch (IOException | RuntimeException e) {
            throw new WalletException("not valid EIP-712 typed data: " + e.getMessage());
        }
    }

    /** The address whose key made {@code signature} over {@code message} with personal_sign. */
    public static Address recoverPersonal(byte[] message, Signature signature) {
        return recoverFromHash(Sign.getEthereumMessageHash(message), signature);
    }

    /** The address whose key signed the typed data. */
    public static Address recoverTypedData(String typedDataJson, Signature signature) {
        return recoverFromHash(typedDataHash(typedDataJson), signature);
    }

    /** The address whose key signed the 32-byte {@code hash}. */
    public static Address recoverFromHash(byte[] hash, Signature signature) {
        try {
            BigInteger publicKey = Sign.signedMessageHashToKey(hash, toSignatureData(signature));
            return Address.of(Keys.getAddress(publicKey));
        } catch (SignatureException | IllegalArgumentException e) {
            throw new WalletException("the signature does not verify: " + e.getMessage());
        }
    }

    static Sign.SignatureData toSignatureData(Signature signature) {
        byte[] bytes = Hex.decode(signature.hex().substring(2));
        byte v = bytes[64];
        if (v == 0 || v == 1) {
            v += 27; // some signers (Ledger, EIP-2098 tools) emit the raw recovery id
        }
        return new Sign.SignatureData(v, Arrays.copyOfRange(bytes, 0, 32), Arrays.copyOfRange(bytes, 32, 64));
    }

    static Signature toSignature(Sign.SignatureData data) {
        byte[] out = new byte[65];
        System.arraycopy(data.getR(), 0, out, 0, 32);
        System.arraycopy(data.getS(), 0, out, 32, 32);
        out[64] = data.getV()[0];
        return new Signature("0x" + Hex.toHexString(out));
    }
}
