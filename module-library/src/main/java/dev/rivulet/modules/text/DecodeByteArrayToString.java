package dev.rivulet.modules.text;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Values;

/**
 * Streamr's DecodeByteArrayToString: writes bytes as hex (the default, as in Streamr, in capitals) or base64 text.
 * A value that is not bytes sends a message on {@code error} and the module keeps running, as in Streamr.
 */
public final class DecodeByteArrayToString extends ModuleInstance {
    private final Parameter decodeType = ByteEncodings.choices(stringParam("decodeType", ByteEncodings.HEX))
        .help("How to write the bytes: hex (two digits per byte, e.g. \"4869\") or base64 (e.g. \"SGk=\").");
    private final Input in = input("in", DataType.BYTE_ARRAY).help("The bytes to write as text.");
    private final Output error = stringOutput("error").help("A message when the input was not bytes.");
    private final Output out = stringOutput("out").help("The bytes written as text.");

    @Override
    public void initialize() {
        ByteEncodings.check(decodeType);
    }

    @Override
    public void sendOutput() {
        String type = ByteEncodings.check(decodeType);
        if (in.getValue() instanceof byte[] bytes) {
            out.send(ByteEncodings.encode(bytes, type));
        } else {
            error.send("Failed to parse byte array: got " + Values.describe(in.getValue()));
        }
    }
}
