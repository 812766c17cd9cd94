package dev.rivulet.runtime.modules.email;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.Values;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.ExternalEventSource;
import dev.rivulet.runtime.engine.ExternalEvents;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Streamr's Email module: sends an e-mail each time a value input fires, with the subject, the message, the event's
 * time and the current value of every value input. Streamr mailed the canvas owner through its own mail service;
 * Rivulet sends through the SMTP server given in the parameters.
 *
 * <p>At most one mail per minIntervalSeconds of engine time (60 by default) goes out: Streamr meant to limit mails to
 * one a minute (its check never took effect) and said "Tried to send emails too often" instead; here too a skipped mail
 * gives that notice, once until a mail is sent again. Engine time rather than the wall clock, so that a replay with
 * activateInHistoricalMode sends the same mails every time.
 *
 * <p>In historical runs nothing is sent (unless activateInHistoricalMode is set); as in Streamr, the mail that would
 * have been sent is shown as a notice instead, under the same rate limit. In realtime runs on an engine that takes
 * external events, the SMTP conversation happens on a background thread and a failure comes back as a module error;
 * otherwise the engine thread sends, bounded by timeoutSeconds.
 */
public final class Email extends ModuleInstance implements ExternalEventSource {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final int MAX_INPUTS = 100;

    private final Parameter subject = stringParam("subject", "")
        .help("The e-mail's subject line.");
    private final Parameter message = stringParam("message", "").textArea()
        .help("The text at the top of the e-mail; the event's time and the input values follow it.");
    private final Parameter host = stringParam("host", "")
        .help("The SMTP server that sends the mail, e.g. smtp.example.com.");
    private final Parameter port = doubleParam("port", 587)
        .help("The SMTP server's port: usually 587 with STARTTLS, 465 with SSL/TLS, 25 without.");
    private final Parameter tls = SmtpSecurity.choices(stringParam("TLS", SmtpSecurity.STARTTLS.label))
        .help("How the connection is protected: STARTTLS (upgrade after connecting), SSL/TLS (encrypted from the"
            + " start) or none (only for a server on this computer or a trusted network).");
    private final Parameter username = stringParam("username", "")
        .help("The account to log in to the SMTP server with; leave empty for a server that needs no login.");
    private final Parameter password = stringParam("password", "").secret()
        .help("The account's password; stored encrypted, never exported with the canvas.");
    private final Parameter from = stringParam("from", "")
        .help("The sender's address; empty means the username.");
    private final Parameter to = stringParam("to", "")
        .help("Where to send the mail: one address, or several separated by commas.");

    private final List<Input> values = new ArrayList<>();
    private final Queue<String> failures = new ArrayDeque<>();
    private String badOption;
    private ZoneId zone = ZoneId.of("UTC");
    private ExternalEvents events;
    private ExecutorService sender;
    private long lastMail = Long.MIN_VALUE;
    private boolean tooOftenNoticed;

    public Email() {
        hasSideEffects();
        option("inputs", "int", 1, "How many value inputs the mail lists (value1, value2...).");
        option("minIntervalSeconds", "int", 60, "The shortest time between two mails, in seconds of engine time;"
            + " mails in between are skipped with a notice.");
        option("timezone", "string", "UTC", "Time zone of the event time written in the mail, e.g. Europe/Helsinki.");
        option("timeoutSeconds", "int", 10, "How long to wait for the SMTP server before giving up with an error.");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        int n;
        try {
            n = optionInt("inputs");
        } catch (RuntimeException e) {
            badOption = "inputs must be a whole number from 0 to " + MAX_INPUTS + ", got \"" + option("inputs") + "\"";
            n = 1;
        }
        if (n < 0 || n > MAX_INPUTS) {
            badOption = "inputs must be a whole number from 0 to " + MAX_INPUTS + ", got " + n;
            n = Math.max(0, Math.min(n, MAX_INPUTS));
        }
        for (int i = 1; i <= n; i++) {
            values.add(anyInput("value" + i).optional()
                .help("A value listed in the mail under this input's name; a new value here sends a mail."));
        }
        // shown by validation before a run; initialize() fails the module as well
        if (badOption != null) {
            reportConfigurationProblem(badOption);
        }
        try {
            SmtpSecurity.of(tls.getString());
        } catch (ModuleException e) {
            reportConfigurationProblem(e.getMessage());
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        if (badOption != null) {
            throw new ModuleException(badOption);
        }
        try {
            zone = ZoneId.of(String.valueOf(option("timezone")).trim());
        } catch (RuntimeException e) {
            throw new ModuleException("timezone: \"" + option("timezone") + "\" is not a known time zone");
        }
        wholeOption("minIntervalSeconds", 0);
        wholeOption("timeoutSeconds", 1);
        // SMTP settings matter only when mail may be sent: a historical preview needs no server
        boolean mayAct = context() == null || context().mode() == RunMode.REALTIME
            || optionBoolean(ACTIVATE_IN_HISTORICAL_MODE);
        if (mayAct) {
            settings();
        }
    }

    @Override
    public void attach(ExternalEvents external) {
        events = external;
    }

    @Override
    public void sendOutput() {
        String failure = failures.poll();
        if (failure != null) {
            throw new ModuleException(failure);
        }
        long t = now();
        long interval = wholeOption("minIntervalSeconds", 0) * 1000L;
        if (lastMail != Long.MIN_VALUE && t - lastMail < interval) {
            if (!tooOftenNoticed) {
                context().listener().notice(name() + ": Tried to send emails too often (at most one every "
                    + interval / 1000 + " s)");
                tooOftenNoticed = true;
            }
            return;
        }
        String body = body(t);
        lastMail = t;
        tooOftenNoticed = false;
        if (!mayActOnTheWorld()) {
            context().listener().notice(name() + " would send (not sent in historical mode):\n" + body);
            return;
        }
        Settings s = settings();
        MimeMessage mail = compose(s, body);
        if (events != null && context().mode() == RunMode.REALTIME) {
            ExternalEvents ev = events;
            sender().execute(() -> {
                try {
                    deliver(s, mail);
                } catch (MessagingException e) {
                    String why = "could not send the e-mail: " + describe(e);
                    ev.post(this, () -> failures.add(why));
                }
            });
            return;
        }
        try {
            deliver(s, mail);
        } catch (MessagingException e) {
            throw new ModuleException("could not send the e-mail: " + describe(e));
        }
    }

    /** The mail text, laid out as Streamr's. */
    String body(long time) {
        StringBuilder b = new StringBuilder();
        b.append("Message:\n").append(message.getString()).append("\n\n");
        b.append("Event Timestamp:\n").append(TIME.format(Instant.ofEpochMilli(time).atZone(zone)))
            .append(' ').append(zone.getId()).append("\n\n");
        b.append("Input Values:\n");
        for (Input in : values) {
            b.append(in.displayName()).append(": ").append(in.hasValue() ? Values.toText(in.getValue()) : "")
                .append('\n');
        }
        return b.toString();
    }

    private MimeMessage compose(Settings s, String body) {
        try {
            MimeMessage mail = new MimeMessage(s.session);
            mail.setFrom(s.from);
            mail.setRecipients(Message.RecipientType.TO, s.to);
            mail.setSubject(subject.getString(), "UTF-8");
            mail.setText(body, "UTF-8");
            mail.setSentDate(new Date());
            return mail;
        } catch (MessagingException e) {
            throw new ModuleException("could not write the e-mail: " + describe(e));
        }
    }

    private static void deliver(Settings s, MimeMessage mail) throws MessagingException {
        if (s.user.isEmpty()) {
            Transport.send(mail);
        } else {
            Transport.send(mail, s.user, s.password);
        }
    }

    private static String describe(MessagingException e) {
        String msg = e.getMessage();
        if (e.getNextException() != null && e.getNextException().getMessage() != null) {
            msg = msg + " (" + e.getNextException().getMessage() + ")";
        }
        return msg == null ? e.toString() : msg.trim();
    }

    /** The SMTP settings from the parameters, checked; bad values are reported as bad parameter values. */
    private Settings settings() {
        String server = host.getString().trim();
        if (server.isEmpty()) {
            throw new ModuleException("host must name the SMTP server, e.g. smtp.example.com");
        }
        double p = port.getDouble();
        if (p != Math.rint(p) || p < 1 || p > 65535) {
            throw new ModuleException("port must be a whole number from 1 to 65535, got " + port.getString());
        }
        SmtpSecurity security = SmtpSecurity.of(tls.getString());
        String user = username.getString().trim();
        String sender = from.getString().trim().isEmpty() ? user : from.getString().trim();
        InternetAddress fromAddress;
        InternetAddress[] toAddresses;
        try {
            fromAddress = new InternetAddress(sender, true);
        } catch (AddressException e) {
            throw new ModuleException("from must be an e-mail address (or leave it empty to use the username), got \""
                + sender + "\"");
        }
        try {
            toAddresses = InternetAddress.parse(to.getString(), true);
        } catch (AddressException e) {
            throw new ModuleException("to must be e-mail addresses separated by commas, got \"" + to.getString()
                + "\"");
        }
        if (toAddresses.length == 0) {
            throw new ModuleException("to must name at least one e-mail address");
        }
        String timeout = String.valueOf(wholeOption("timeoutSeconds", 1) * 1000L);
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", server);
        props.setProperty("mail.smtp.port", String.valueOf((int) p));
        props.setProperty("mail.smtp.auth", String.valueOf(!user.isEmpty()));
        props.setProperty("mail.smtp.connectiontimeout", timeout);
        props.setProperty("mail.smtp.timeout", timeout);
        props.setProperty("mail.smtp.writetimeout", timeout);
        if (security == SmtpSecurity.STARTTLS) {
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
        } else if (security == SmtpSecurity.SSL) {
            props.setProperty("mail.smtp.ssl.enable", "true");
        }
        if (security != SmtpSecurity.NONE) {
            props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return new Settings(Session.getInstance(props), fromAddress, toAddresses, user, password.getString());
    }

    private int wholeOption(String name, int min) {
        int v;
        try {
            v = optionInt(name);
        } catch (RuntimeException e) {
            throw new ModuleException(name + " must be a whole number, got \"" + option(name) + "\"");
        }
        if (v < min) {
            throw new ModuleException(name + " must be at least " + min + ", got " + v);
        }
        return v;
    }

    private ExecutorService sender() {
        if (sender == null) {
            sender = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "rivulet-email-" + hash());
                t.setDaemon(true);
                return t;
            });
        }
        return sender;
    }

    @Override
    public void onStop() {
        if (sender != null) {
            // mails already handed over still go out; nothing new is accepted
            sender.shutdown();
            sender = null;
        }
    }

    @Override
    public void clearState() {
        lastMail = Long.MIN_VALUE;
        tooOftenNoticed = false;
        failures.clear();
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeLong(lastMail);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        lastMail = in.readLong();
    }

    private record Settings(Session session, InternetAddress from, InternetAddress[] to, String user,
                            String password) {
    }
}
