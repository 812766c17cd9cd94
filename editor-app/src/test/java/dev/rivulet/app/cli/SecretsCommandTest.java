package dev.rivulet.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormat;
import dev.rivulet.document.ModuleNode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Secret parameters through the real command line: convert, run, validate and the secrets commands. */
class SecretsCommandTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final String PASSWORD = "pl41n-SMTP-p@ss";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
        new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
        .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@example.com", "alerts", PASSWORD));

    @TempDir
    Path tmp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private String stdin;

    private int rivulet(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = HeadlessCli.commandLine(out, err);
        if (stdin != null) {
            SecretsSetCommand set = cli.getSubcommands().get("secrets").getSubcommands().get("set").getCommand();
            set.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        }
        return HeadlessCli.execute(cli, data(), args);
    }

    private Path data() {
        return tmp.resolve("data");
    }

    /** prices → Email, sending in historical runs too, with the SMTP password as given. */
    private Path canvas(String password, CanvasFormat format) throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY).name("alerts");
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode m = b.add("email");
        b.param(m, "subject", "Price alert").param(m, "message", "moved").param(m, "host", "127.0.0.1")
            .param(m, "port", SMTP.getSmtp().getPort()).param(m, "TLS", "none").param(m, "username", "alerts")
            .param(m, "password", password).param(m, "from", "alerts@example.com").param(m, "to", "me@example.com")
            .option(m, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        b.connect(s, "price", m, "value1");
        CanvasDocument doc = b.build();
        doc.id = "canvas-alerts";
        Path file = tmp.resolve("in-" + format + ".json");
        new CanvasFiles(REGISTRY).save(doc, file, format);
        return file;
    }

    private Path csv() throws Exception {
        Path f = tmp.resolve("prices.csv");
        Files.writeString(f, "timestamp,price\n2024-01-01T00:00:00Z,1.5\n");
        return f;
    }

    private static String onlyId(String text) {
        Matcher m = ID.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group();
    }

    private void assertNoFileContainsThePassword(Path... more) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data())) {
            files = Stream.concat(walk.filter(Files::isRegularFile), Stream.of(more)).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                .doesNotContain(PASSWORD);
        }
    }

    @Test
    void convertMovesAPlainSmtpPasswordIntoTheStoreAndTheOutputNeverContainsIt() throws Exception {
        for (CanvasFormat from : CanvasFormat.values()) {
            Path in = canvas(PASSWORD, from);
            assertThat(Files.readString(in)).contains(PASSWORD);
            for (String to : List.of("native", "streamr")) {
                Path converted = tmp.resolve(from + "-to-" + to + ".json");
                assertThat(rivulet("convert", in.toString(), converted.toString(), "--format", to))
                    .as(err.toString()).isZero();
                assertThat(err.toString()).contains("notice: moved 1 secret values (Email", ".password)");
                assertThat(Files.readString(converted)).doesNotContain(PASSWORD).contains("secretRef");
                assertNoFileContainsThePassword(converted);
            }
        }
        assertThat(rivulet("secrets", "list")).isZero();
        assertThat(out.toString()).contains("Email.password in canvas 'alerts'").doesNotContain(PASSWORD)
            .contains("4 secrets in");
    }

    @Test
    void aConvertedCanvasRunsWithTheStoredPasswordAndTheMailGoesOut() throws Exception {
        Path converted = tmp.resolve("alerts.json");
        assertThat(rivulet("convert", canvas(PASSWORD, CanvasFormat.STREAMR).toString(), converted.toString(),
            "--format", "native")).isZero();

        int code = rivulet("run", converted.toString(), "--replay", "prices=" + csv());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("failed").doesNotContain(PASSWORD);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("Price alert");
    }

    @Test
    void runAndValidateWarnAboutPlainSecretsWithoutRewritingTheFile() throws Exception {
        Path in = canvas(PASSWORD, CanvasFormat.NATIVE);
        String before = Files.readString(in);
        rivulet("validate", in.toString());
        assertThat(err.toString()).contains("Email (", ".password holds a secret in plain text", "rivulet convert")
            .doesNotContain(PASSWORD);
        assertThat(Files.readString(in)).isEqualTo(before);
    }

    @Test
    void aMissingSecretIsReportedOnItsModuleAndSetRestoresIt() throws Exception {
        Path converted = tmp.resolve("alerts.json");
        rivulet("convert", canvas(PASSWORD, CanvasFormat.NATIVE).toString(), converted.toString(), "--format",
            "native");
        String id = onlyId(Files.readString(converted));
        assertThat(rivulet("secrets", "delete", id)).isZero();
        assertThat(rivulet("secrets", "delete", id)).isEqualTo(1);
        assertThat(err.toString()).contains("no secret with id " + id);

        assertThat(rivulet("validate", converted.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("parameter password", id, "not stored on this computer");
        assertThat(err.toString()).contains("rivulet secrets set " + id);
        assertThat(rivulet("secrets", "list", converted.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("missing", "1 missing");

        // the run goes on without the module, as with any module that cannot initialise
        assertThat(rivulet("run", converted.toString(), "--replay", "prices=" + csv())).isZero();
        assertThat(err.toString()).contains("failed", "not stored on this computer");
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        // as on another computer: the value from standard input, under the id the canvas refers to
        stdin = PASSWORD + "\n";
        assertThat(rivulet("secrets", "set", id)).as(err.toString()).isZero();
        stdin = null;
        assertThat(rivulet("secrets", "list", converted.toString())).isZero();
        assertThat(out.toString()).contains("stored", "0 missing");
        assertThat(rivulet("run", converted.toString(), "--replay", "prices=" + csv())).as(err.toString()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertNoFileContainsThePassword(converted);
    }

    @Test
    void setForACanvasParameterStoresTheValueAndRewritesTheFileWithAReference() throws Exception {
        Path in = canvas("", CanvasFormat.STREAMR);
        Path pw = tmp.resolve("pw.txt");
        Files.writeString(pw, PASSWORD + "\n");
        assertThat(rivulet("secrets", "set", "--canvas", in.toString(), "--param", "Email.password", "--from-file",
            pw.toString())).as(err.toString()).isZero();
        // still a Streamr canvas, now referring to the secret
        assertThat(Files.readString(in)).doesNotContain(PASSWORD).contains("secretRef").doesNotContain("schemaVersion");
        assertThat(rivulet("run", in.toString(), "--replay", "prices=" + csv())).as(err.toString()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);

        assertThat(rivulet("secrets", "set", "--canvas", in.toString(), "--param", "Email.subject", "--from-file",
            pw.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("has no secret parameter \"subject\"");
    }

    @Test
    void setRefusesValuesOnTheCommandLineAndEmptyOrBadJsonValues() throws Exception {
        assertThat(rivulet("secrets", "set", "some-id", PASSWORD)).isEqualTo(2);
        stdin = "";
        assertThat(rivulet("secrets", "set", "some-id")).isEqualTo(2);
        assertThat(err.toString()).contains("the value is empty");
        stdin = "{\"Authorization\": " + PASSWORD;
        assertThat(rivulet("secrets", "set", "some-id", "--json")).isEqualTo(2);
        assertThat(err.toString()).contains("not valid JSON").doesNotContain(PASSWORD);
        stdin = "{\"Authorization\": \"Bearer x\"}";
        assertThat(rivulet("secrets", "set", "some-id", "--json")).isZero();
        assertThat(rivulet("secrets", "set", "some-id", "--from-env", "RIVULET_TEST_SURELY_UNSET_VARIABLE"))
            .isEqualTo(2);
        assertThat(err.toString()).contains("environment variable RIVULET_TEST_SURELY_UNSET_VARIABLE is not set");
    }

    @Test
    void aTamperedStoreIsAClearErrorForRunAndList() throws Exception {
        Path converted = tmp.resolve("alerts.json");
        rivulet("convert", canvas(PASSWORD, CanvasFormat.NATIVE).toString(), converted.toString(), "--format",
            "native");
        Path secrets = data().resolve("secrets/secrets.json");
        String json = Files.readString(secrets);
        Matcher m = Pattern.compile("\"value\" : \"(.)").matcher(json);
        assertThat(m.find()).isTrue();
        char c = m.group(1).charAt(0);
        Files.writeString(secrets, json.substring(0, m.start(1)) + (c == 'A' ? 'B' : 'A') + json.substring(m.end(1)));

        assertThat(rivulet("run", converted.toString(), "--replay", "prices=" + csv())).isEqualTo(1);
        assertThat(err.toString()).contains("rivulet run: secret", "failed its integrity check");
        assertThat(rivulet("secrets", "list", converted.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("failed its integrity check");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
