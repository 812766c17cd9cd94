package dev.rivulet.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleNodes;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.NativeCodec;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} refusing and trusting custom code, {@code trust}, and compile errors in {@code validate}. */
class CustomCodeCommandsTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    static final String TRIPLE = """
        TimeSeriesInput in = doubleInput("in");
        TimeSeriesOutput out = doubleOutput("out");
        public void sendOutput() {
            debug("got " + in.getValue());
            out.send(in.getValue() * 3);
        }
        """;

    @TempDir
    Path tmp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int rivulet(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HeadlessCli.run(tmp.resolve("data"), out, err, args);
    }

    /** prices → JavaModule(code) → Table, saved as a native canvas file. */
    static Path canvas(Path dir, String code) throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY).name("tripler");
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode java = b.add("java-module");
        java.putExtra("code", code);
        java.params.clear();
        java.inputs.clear();
        java.outputs.clear();
        ModuleNodes.writePorts(REGISTRY.instantiate(java, new ArrayList<>()), java);
        ModuleNode table = b.add("table");
        b.connect(s, "price", java, "in").connect(java, "out", table, "in1");
        CanvasDocument doc = b.build();
        Path file = dir.resolve("tripler.json");
        new NativeCodec().write(doc, file);
        Files.writeString(dir.resolve("prices.csv"), "timestamp,price\n1000,1\n2000,2\n3000,5\n");
        return file;
    }

    static List<Object> tableValues(String jsonLines) throws Exception {
        List<Object> values = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : jsonLines.lines().toList()) {
            Map<?, ?> m = json.readValue(line, Map.class);
            if ("Table".equals(m.get("module"))) {
                values.add(((List<?>) m.get("values")).get(0));
            }
        }
        return values;
    }

    @Test
    void runRefusesUntrustedCodeNamingTheModuleAndRunsNothing() throws Exception {
        Path canvas = canvas(tmp, TRIPLE);
        int code = rivulet("run", canvas.toString(), "--replay", "prices=" + tmp.resolve("prices.csv"));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("custom code you have not trusted: JavaModule (2)", "--trust",
            "rivulet trust " + canvas);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void runWithTrustRecordsItAndLaterRunsNeedNoFlag() throws Exception {
        Path canvas = canvas(tmp, TRIPLE);
        String replay = "prices=" + tmp.resolve("prices.csv");
        assertThat(rivulet("run", canvas.toString(), "--replay", replay, "--trust")).as(err.toString()).isZero();
        assertThat(tableValues(out.toString())).containsExactly(3.0, 6.0, 15.0);
        assertThat(err.toString()).contains("trusted the code of JavaModule (2)", "debug: got 5.0");

        assertThat(rivulet("run", canvas.toString(), "--replay", replay)).as(err.toString()).isZero();
        assertThat(tableValues(out.toString())).containsExactly(3.0, 6.0, 15.0);
    }

    @Test
    void trustCommandRecordsTrustAndCheckReportsIt() throws Exception {
        Path canvas = canvas(tmp, TRIPLE);
        assertThat(rivulet("trust", "--check", canvas.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("JavaModule (2)", "NOT TRUSTED");

        assertThat(rivulet("trust", canvas.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("JavaModule (2)", "trusted ");
        assertThat(rivulet("trust", "--check", canvas.toString())).isZero();

        // the same file with edited code is a different program: not trusted
        Files.writeString(canvas, Files.readString(canvas).replace("* 3", "* 4"));
        assertThat(rivulet("trust", "--check", canvas.toString())).isEqualTo(1);
        assertThat(rivulet("run", canvas.toString(), "--replay", "prices=" + tmp.resolve("prices.csv")))
            .isEqualTo(1);
    }

    @Test
    void validateShowsCompileErrorsWithTheirLines() throws Exception {
        Path canvas = canvas(tmp, TRIPLE);
        Files.writeString(canvas, Files.readString(canvas).replace("in.getValue() * 3", "in.getValue() * three"));
        assertThat(rivulet("validate", canvas.toString())).isEqualTo(1);
        assertThat(out.toString() + err.toString()).contains("code line 5, column", "cannot find symbol");
    }
}
