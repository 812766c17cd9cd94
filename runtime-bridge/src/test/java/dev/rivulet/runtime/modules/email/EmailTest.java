package dev.rivulet.runtime.modules.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Email through a real SMTP server (GreenMail, in this process, on 127.0.0.1), run through the engine. */
class EmailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
        new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
        .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@example.com", "alerts", "s3cret"));

    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    /** An Email module with two inputs (renamed price and symbol) sending through the test server. */
    private ModuleNode email(ModuleNode s) {
        ModuleNode m = b.add("email");
        b.option(m, "inputs", 2);
        b.param(m, "subject", "Price alert").param(m, "message", "ABC moved.")
            .param(m, "host", "127.0.0.1").param(m, "port", SMTP.getSmtp().getPort()).param(m, "TLS", "none")
            .param(m, "username", "alerts").param(m, "password", "s3cret")
            .param(m, "from", "alerts@example.com").param(m, "to", "me@example.com, boss@example.com");
        m.input("value1").orElseThrow().displayName = "price";
        m.input("value2").orElseThrow().displayName = "symbol";
        b.connect(s, "price", m, "value1").connect(s, "sym", m, "value2");
        return m;
    }

    @Test
    void catalogueEntryMatchesStreamr() {
        DefinitionChecks.assertCatalogued("email", 195, "Email", "Utils", "Message", "Notification", "Notify");
        ModuleInstance m = CanvasRun.REGISTRY.instantiate(CanvasRun.REGISTRY.newNode("email", 1),
            new java.util.ArrayList<>());
        assertThat(m.param("password").isSecret()).isTrue();
        assertThat(m.input("value1")).isNotNull();
        assertThat(m.input("value2")).isNull();
    }

    @Test
    void sendsTheMessageTimeAndInputValuesToEveryRecipient() throws Exception {
        ModuleNode s = b.stream("s", "price:Double", "sym:String");
        ModuleNode m = email(s);
        b.option(m, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.5, "ABC")).run();

        assertThat(run.failures()).isEmpty();
        MimeMessage[] mails = SMTP.getReceivedMessages();
        // one copy per recipient
        assertThat(mails).hasSize(2);
        assertThat(mails[0].getSubject()).isEqualTo("Price alert");
        assertThat(mails[0].getFrom()[0].toString()).isEqualTo("alerts@example.com");
        assertThat(GreenMailUtil.getBody(mails[0]).replace("\r\n", "\n").stripTrailing()).isEqualTo("""
            Message:
            ABC moved.

            Event Timestamp:
            1970-01-01 00:00:01.000 UTC

            Input Values:
            price: 1.5
            symbol: ABC
            """.stripTrailing());
    }

    @Test
    void sendsAtMostOneMailPerIntervalOfEngineTime() throws Exception {
        ModuleNode s = b.stream("s", "price:Double", "sym:String");
        ModuleNode m = email(s);
        b.param(m, "to", "me@example.com").option(m, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, 1.0, "A").add(30_000, 2.0, "B").add(45_000, 3.0, "C").add(61_000, 4.0, "D")).run();

        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(GreenMailUtil.getBody(mails[0])).contains("price: 1");
        assertThat(GreenMailUtil.getBody(mails[1])).contains("price: 4", "1970-01-01 00:01:01.000 UTC");
        // one notice for the two skipped mails, as Streamr's "Tried to send emails too often"
        assertThat(run.notices()).filteredOn(n -> n.contains("too often")).hasSize(1);
    }

    @Test
    void historicalRunsShowTheMailAsANoticeInsteadOfSendingIt() {
        ModuleNode s = b.stream("s", "price:Double", "sym:String");
        ModuleNode m = b.add("email");
        b.param(m, "subject", "x").param(m, "message", "Check ABC");
        b.connect(s, "price", m, "value1");
        // no SMTP settings at all: a preview needs none
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 2.5, "A")).run();

        assertThat(run.failures()).isEmpty();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(run.notices()).anySatisfy(n -> assertThat(n).contains("suppressed in historical mode"));
        assertThat(run.notices()).anySatisfy(n -> assertThat(n).contains("would send", "Check ABC", "value1: 2.5"));
    }

    @Test
    void aWrongPasswordFailsTheModuleWithTheServersReason() {
        ModuleNode s = b.stream("s", "price:Double", "sym:String");
        ModuleNode m = email(s);
        b.param(m, "password", "wrong").option(m, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.0, "A")).run();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(run.failures()).singleElement().asString().contains("could not send the e-mail");
    }

    @Test
    void badSettingsAreReportedWhenTheModuleMaySend() {
        ModuleNode s = b.stream("s", "price:Double", "sym:String");
        ModuleNode badTo = email(s);
        b.param(badTo, "to", "not an address").option(badTo, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        ModuleNode badPort = email(s);
        b.param(badPort, "port", 70000).option(badPort, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        ModuleNode noHost = email(s);
        b.param(noHost, "host", " ").option(noHost, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        ModuleNode badZone = email(s);
        b.option(badZone, "timezone", "Mars/Olympus");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.0, "A")).run();
        assertThat(run.failures()).hasSize(4);
        assertThat(run.failures().get(0)).contains("to must be e-mail addresses", "not an address");
        assertThat(run.failures().get(1)).contains("port must be a whole number from 1 to 65535");
        assertThat(run.failures().get(2)).contains("host must name the SMTP server");
        assertThat(run.failures().get(3)).contains("\"Mars/Olympus\" is not a known time zone");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void realtimeRunsSendInTheBackgroundAndReportFailuresAsEvents() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ModuleNode s = b.stream("s", "price:Double", "sym:String");
        ModuleNode good = email(s);
        b.param(good, "to", "me@example.com");
        ModuleNode broken = email(s);
        b.param(broken, "port", closedPort).option(broken, "timeoutSeconds", 2);
        try (CanvasRun run = CanvasRun.realtime(b.build()).withExternalEvents()) {
            run.replay("s", new MemoryCursor().add(System.currentTimeMillis(), 1.0, "A")).run();
            assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
            assertThat(run.drainUntil(() -> !run.failures().isEmpty(), Duration.ofSeconds(10))).isTrue();
            assertThat(run.failures()).singleElement().asString().contains("could not send the e-mail");
        }
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(List.of(SMTP.getReceivedMessages()[0].getAllRecipients())).extracting(Object::toString)
            .containsExactly("me@example.com");
    }
}
