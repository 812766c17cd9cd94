package dev.rivulet.modules.text;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/**
 * Streamr's DecodeStringToByteArray: reads bytes written as base64 (the default, as in Streamr) or hex text. Text
 * that is not valid in the chosen encoding sends a message on {@code error} and the module keeps running, as in
 * Streamr. See {@link ByteEncodings} for what each encoding accepts.
 */
public final class DecodeStringToByteArray extends ModuleInstance {
    private final Parameter decodeType = ByteEncodings.choices(stringParam("decodeType", ByteEncodings.BASE64))
        .help("How the text writes the bytes: base64 (e.g. \"SGk=\") or hex (e.g. \"4869\" or \"0x4869\").");
    private final Input in = stringInput("in").help("The bytes written as text.");
    private final Output error = stringOutput("error").help("A message when the text could not be read.");
    private final Output out = output("out", DataType.BYTE_ARRAY).help("The bytes.");

    @Override
    public void initialize() {
        ByteEncodings.check(decodeType);
    }

    @Override
    public void sendOutput() {
        String type = ByteEncodings.check(decodeType);
        String text = TextForms.of(in);
        byte[] bytes;
        try {
            bytes = ByteEncodings.decode(text, type);
        } catch (IllegalArgumentException e) {
            error.send("Failed to parse: '" + text + "' is not " + type + " (" + e.getMessage() + ")");
            return;
        }
        out.send(bytes);
    }
}
