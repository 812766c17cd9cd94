package dev.rivulet.modules.text;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stringtemplate.v4.AttributeRenderer;
import org.stringtemplate.v4.NoIndentWriter;
import org.stringtemplate.v4.ST;
import org.stringtemplate.v4.STErrorListener;
import org.stringtemplate.v4.STGroup;
import org.stringtemplate.v4.STWriter;
import org.stringtemplate.v4.compiler.STException;
import org.stringtemplate.v4.misc.STMessage;

/**
 * Streamr's StringTemplate: fills a template with the entries of the {@code args} map.
 *
 * <p>The template language is StringTemplate 4 (ST4), as in Streamr, run by the same library, so Streamr canvases
 * keep working: {@code <name>} inserts an entry, {@code <trade.price>} an entry of a nested map,
 * {@code <if(flag)>...<else>...<endif>} chooses, {@code <items; separator=", ">} joins a list and
 * {@code <items:{x | <x>!}>} applies a template to each item. Text outside {@code < >} is copied; {@code \<} writes a
 * literal "&lt;". A missing entry inserts nothing and, as in Streamr (ST4 reports it), is listed on {@code errors}
 * while the text is still sent.
 *
 * <p>Problems go to the {@code errors} list (empty when all went well), which is sent with every result, and the
 * module keeps running: a template with a syntax error sends only {@code errors}. One difference from Streamr:
 * numbers are written as everywhere else in Rivulet (3, not "3.0"); {@code <x; format="%.2f">} formats with Java's
 * {@code String.format}.
 */
public final class StringTemplate extends ModuleInstance implements STErrorListener {
    private final Parameter template = stringParam("template", "").textArea()
        .help("The text to fill in, e.g. \"<name> paid <amount; format=\"%.2f\"> EUR\". Each <key> is replaced by"
            + " that entry of args.");
    private final Input args = mapInput("args").help("The values to fill in, by name (a map).");
    private final Output errors = output("errors", DataType.LIST)
        .help("Problems found in the template or while filling it in; empty when there were none.");
    private final Output result = stringOutput("result").help("The filled-in text.");

    private final STGroup group = new STGroup('<', '>');
    private ST prototype;
    private String compiledText;
    private List<Object> errorList;

    {
        group.setListener(this);
        group.registerRenderer(Double.class, new NumberRenderer());
        group.registerRenderer(Float.class, new NumberRenderer());
    }

    @Override
    public void sendOutput() {
        errorList = new ArrayList<>();
        try {
            String text = template.getString();
            if (prototype == null || !text.equals(compiledText)) {
                prototype = null;
                compiledText = text;
                prototype = new ST(group, text);
            }
            // The compiled template is shared by every rendering; ST4 records the names passed to add() in it, which
            // breaks the next rendering's copy (antlr/stringtemplate4 pull request 145), so forget them first.
            prototype.impl.formalArguments = null;
            ST st = new ST(prototype);
            for (Map.Entry<String, Object> e : args.getMap().entrySet()) {
                if (e.getKey() == null || e.getKey().isEmpty() || e.getKey().contains(".")) {
                    errorList.add("args key \"" + e.getKey() + "\" cannot be used in a template (no dots, not empty)");
                    continue;
                }
                st.add(e.getKey(), e.getValue());
            }
            StringWriter out = new StringWriter();
            STWriter writer = new NoIndentWriter(out);
            writer.setLineWidth(STWriter.NO_WRAP);
            st.write(writer, Locale.ROOT, this);
            result.send(out.toString());
        } catch (STException e) {
            // the listener has already added the message
            if (errorList.isEmpty()) {
                errorList.add(String.valueOf(e.getMessage()));
            }
        } catch (IllegalFormatException e) {
            errorList.add("bad format in template: " + e.getMessage());
        }
        errors.send(Collections.unmodifiableList(errorList));
        errorList = null;
    }

    @Override
    public void clearState() {
        prototype = null;
        compiledText = null;
    }

    @Override
    public void compileTimeError(STMessage msg) {
        addError(msg);
    }

    @Override
    public void runTimeError(STMessage msg) {
        addError(msg);
    }

    @Override
    public void IOError(STMessage msg) {
        addError(msg);
    }

    @Override
    public void internalError(STMessage msg) {
        addError(msg);
    }

    private void addError(STMessage msg) {
        if (errorList != null && msg != null) {
            errorList.add(msg.toString());
        }
    }

    /** Numbers as Rivulet writes them elsewhere; with a format option, Java's String.format. */
    private static final class NumberRenderer implements AttributeRenderer<Number> {
        @Override
        public String toString(Number value, String format, Locale locale) {
            if (format != null) {
                return String.format(locale, format, value);
            }
            return TextForms.of((Object) value.doubleValue());
        }
    }
}
