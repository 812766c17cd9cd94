package dev.rivulet.modules.text;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Text category (ConstantText is defined with the other constants in the Utils provider). */
public final class TextModules implements ModuleProvider {
    private static final String TEXT = "Text";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("value-as-text", "ValueAsText", TEXT, ValueAsText::new).streamrId(208)
                .aliases("toString")
                .help("Turns any value into text: numbers (whole numbers without a decimal point), true/false,"
                    + " lists and maps."),
            ModuleDefinition.of("concatenate", "Concatenate", TEXT, Concatenate::new).streamrId(131)
                .aliases("Join", "Append")
                .help("Joins texts end to end, in input order, without separators. Connect the last input to get"
                    + " another one."),
            ModuleDefinition.of("contains", "Contains", TEXT, Contains::new).streamrId(129)
                .aliases("Substring", "Find")
                .help("Sends 1 when the text contains the search text and 0 when not. Ignores case unless the"
                    + " ignoreCase option is turned off."),
            ModuleDefinition.of("starts-with", "StartsWith", TEXT, StartsWith::new).streamrId(204)
                .aliases("Beginswith")
                .help("Sends 1 when the text begins with the search text and 0 when not. Ignores case unless the"
                    + " ignoreCase option is turned off."),
            ModuleDefinition.of("ends-with", "EndsWith", TEXT, EndsWith::new).streamrId(198)
                .help("Sends 1 when the text ends with the search text and 0 when not. Ignores case unless the"
                    + " ignoreCase option is turned off."),
            ModuleDefinition.of("text-equals", "TextEquals", TEXT, TextEquals::new).streamrId(199)
                .help("Sends 1 when the text is the same as the search text and 0 when not. Ignores case unless the"
                    + " ignoreCase option is turned off."),
            ModuleDefinition.of("text-length", "TextLength", TEXT, TextLength::new).streamrId(200)
                .aliases("Length")
                .help("The number of characters in the text."),
            ModuleDefinition.of("to-lower-case", "ToLowerCase", TEXT, ToLowerCase::new).streamrId(206)
                .help("Writes the text in lower case letters."),
            ModuleDefinition.of("to-upper-case", "ToUpperCase", TEXT, ToUpperCase::new).streamrId(207)
                .aliases("capital")
                .help("Writes the text in capital letters."),
            ModuleDefinition.of("trim", "Trim", TEXT, Trim::new).streamrId(205)
                .aliases("whitespace")
                .help("Removes spaces, tabs and line breaks from both ends of the text."),
            ModuleDefinition.of("regex", "Regex", TEXT, Regex::new).streamrId(201)
                .help("Looks for a regular expression in the text: whether it occurs, how many times, and the"
                    + " matching pieces."),
            ModuleDefinition.of("replace", "Replace", TEXT, Replace::new).streamrId(202)
                .help("Replaces every match of a regular expression in the text."),
            ModuleDefinition.of("split", "Split", TEXT, Split::new).streamrId(203)
                .help("Cuts the text into a list of pieces at every separator."),
            ModuleDefinition.of("format-number", "FormatNumber", TEXT, FormatNumber::new).streamrId(569)
                .help("Writes a number as text with a fixed number of decimal places, e.g. 3.14159 as \"3.14\"."),
            ModuleDefinition.of("string-to-number", "StringToNumber", TEXT, StringToNumber::new).streamrId(1031)
                .aliases("Parse")
                .help("Reads a number from text. Text that is not a number sends a message on error instead."),
            ModuleDefinition.of("json-parser", "JsonParser", TEXT, JsonParser::new).streamrId(1016)
                .help("Reads JSON text into maps, lists, texts and numbers. Invalid JSON sends a message on errors."),
            ModuleDefinition.of("string-template", "StringTemplate", TEXT, StringTemplate::new).streamrId(1015)
                .help("Fills a text template with values from a map: <name> is replaced by the entry \"name\"."
                    + " Uses Streamr's template language, StringTemplate 4."),
            ModuleDefinition.of("random-string", "RandomString", TEXT, RandomString::new).streamrId(564)
                .help("Makes a random text of the given length each time the trigger receives a value."),
            ModuleDefinition.of("decode-string-to-byte-array", "DecodeStringToByteArray", TEXT,
                    DecodeStringToByteArray::new).streamrId(6000)
                .help("Reads bytes written as base64 or hex text."),
            ModuleDefinition.of("decode-byte-array-to-string", "DecodeByteArrayToString", TEXT,
                    DecodeByteArrayToString::new).streamrId(6001)
                .help("Writes bytes as hex or base64 text."));
    }
}
