package dev.rivulet.modules.utils;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/**
 * The constants and general-purpose plumbing modules (Streamr files several of them under other categories, which
 * each definition keeps).
 */
public final class UtilsModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("constant", "Constant", "Utils", Constant::new).streamrId(5).aliases("Number")
                .help("A constant number. Inputs connected to it always have its value; changing the value while"
                    + " the canvas runs sends it downstream."),
            ModuleDefinition.of("constant-text", "ConstantText", "Text", ConstantText::new).streamrId(19)
                .aliases("TextConstant", "ConstantString", "StringConstant", "String")
                .help("A constant piece of text. Inputs connected to it always have the text; changing it while"
                    + " the canvas runs sends it downstream."),
            ModuleDefinition.of("boolean-constant", "BooleanConstant", "Boolean", BooleanConstant::new)
                .streamrId(1003)
                .help("A constant true or false. Inputs connected to it always have the value; changing it while"
                    + " the canvas runs sends it downstream."),
            ModuleDefinition.of("sample-if", "SampleIf", "Time Series/Triggers", SampleIf::new).streamrId(125)
                .help("Sends the latest value each time triggerIf receives true. New values alone send nothing;"
                    + " they wait to be sampled."),
            ModuleDefinition.of("merge", "Merge", "Utils", Merge::new).streamrId(141)
                .help("Combines two inputs into one output: whatever arrives at A or B is sent out. If both arrive"
                    + " in the same event, A's value is the one that remains."),
            ModuleDefinition.of("pass-through", "PassThrough", "Time Series/Time Series Utils", PassThrough::new)
                .streamrId(521)
                .help("Copies each input to the output with the same number. Handy for tidy wiring and as a"
                    + " junction to export from a sub-canvas. Connect the last input to get another pair."),
            ModuleDefinition.of("filter", "Filter", "Utils", Filter::new).streamrId(522)
                .aliases("Select", "Pick", "Choose")
                .help("Passes values through only while the pass input is true. Connect the last input to get"
                    + " another input/output pair."),
            ModuleDefinition.of("comment", "Comment", "Utils", Comment::new).streamrId(119).widget("comment")
                .help("A note on the canvas, for explaining what a part of it does. It has no ports and never"
                    + " runs."),
            ModuleDefinition.of("export-csv", "ExportCSV", "Utils", ExportCSV::new).streamrId(571)
                .help("Writes the incoming values to a CSV file, one row per event with a timestamp column."
                    + " Connect the last input to get another column. Like other modules that act outside the"
                    + " canvas, it writes nothing during historical replays unless activateInHistoricalMode is"
                    + " set."),
            ModuleDefinition.of("file-sink", "Write to File", "Utils", FileSink::new)
                .aliases("File Sink", "File", "Save", "JSON lines")
                .help("Writes a record to a file of your choice each time a value arrives: a CSV row or a JSON line"
                    + " with the time and the value of every connected input. Append to the file or overwrite it;"
                    + " flush after every record, once a second or at stop. Connect the last input to get another"
                    + " field. Writes nothing during historical replays unless activateInHistoricalMode is set."),
            ModuleDefinition.of("moving-window", "MovingWindow", "Utils", MovingWindow::new).streamrId(570)
                .help("Collects the last windowLength values (or those of a time span) of any type and sends them"
                    + " as a list, oldest first, each time a value arrives."),
            ModuleDefinition.of("rate-limit", "RateLimit", "Utils", RateLimit::new).streamrId(217)
                .help("Lets at most rate values through in any timeInMillis milliseconds and drops the rest;"
                    + " limitExceeded? tells whether each value was dropped (1) or passed (0)."),
            ModuleDefinition.of("require-all", "RequireAll", "Utils", RequireAll::new).streamrId(572)
                .help("Waits until every connected input has received a new value, then sends all of them to"
                    + " their outputs at once. Connect the last input to get another input/output pair."));
    }
}
