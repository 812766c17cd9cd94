package dev.rivulet.runtime.modules.mqtt;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.ExternalEventSource;
import dev.rivulet.runtime.modules.NetworkSourceModule;
import dev.rivulet.runtime.transport.mqtt.MqttClient;
import dev.rivulet.runtime.transport.mqtt.MqttClientOptions;
import dev.rivulet.runtime.transport.mqtt.MqttListener;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Streamr's MQTT module: subscribes to a topic on an MQTT broker and sends every message's payload (as UTF-8 text) on
 * its message output, each message as an event of its own.
 *
 * <p>It is an event source, not something inputs activate: messages come from outside, so the module needs an engine
 * host that delivers external events ({@link ExternalEventSource}) in a realtime run. In historical runs it produces
 * nothing (a replay cannot ask a broker for the past; a one-time notice says so). The client subscribes with QoS 1, as
 * Streamr's (Paho's default), reconnects with back-off when the connection drops and renews the subscription;
 * connection trouble is shown as a module warning, a refused login or subscription as a module error.
 *
 * <p>certType ".crt" connects with TLS, trusting the PEM certificate given in the certificate parameter (the
 * broker's own or its CA's); the broker's name must match the certificate.
 */
public final class Mqtt extends NetworkSourceModule<Mqtt.Arrived, MqttClient> {
    static final String NO_CERT = "none";
    static final String CRT = ".crt";

    private final Parameter url = stringParam("URL", "")
        .help("The broker's address, e.g. mqtt://broker.example.com:1883 (mqtts:// or ssl:// for TLS).");
    private final Parameter topic = stringParam("topic", "")
        .help("The topic to subscribe to; + matches one level and # the rest, e.g. sensors/+/temperature.");
    private final Parameter username = stringParam("username", "")
        .help("The user name to log in with; leave empty for a broker that allows anonymous clients.");
    private final Parameter password = stringParam("password", "").secret()
        .help("The password to log in with; stored encrypted, never exported with the canvas.");
    private final Parameter certType = stringParam("certType", NO_CERT).choices(NO_CERT, NO_CERT, CRT, CRT)
        .updatesPorts()
        .help("none: connect as the address says. .crt: connect with TLS, trusting the certificate given below.");
    private Parameter certificate;
    private final Output message = stringOutput("message")
        .help("The payload of each message that arrives, as text.");

    @Override
    protected void onConfiguration(ModuleNode node) {
        String type = certType.getString();
        if (!CRT.equals(type) && !NO_CERT.equals(type)) {
            reportConfigurationProblem("certType must be none or .crt, got \"" + type + "\"");
        }
        if (CRT.equals(type)) {
            certificate = stringParam("certificate", "").textArea()
                .help("The PEM certificate to trust (-----BEGIN CERTIFICATE----- ...): the broker's own or the CA's"
                    + " that signed it.");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        clientOptions();
        String t = topic.getString().trim();
        if (t.isEmpty()) {
            throw new ModuleException("topic: give the topic to subscribe to, e.g. sensors/#");
        }
        try {
            MqttClient.checkFilter(t);
        } catch (IllegalArgumentException e) {
            throw new ModuleException("topic " + e.getMessage());
        }
    }

    private MqttClientOptions clientOptions() {
        MqttClientOptions o;
        try {
            o = MqttClientOptions.fromUrl(url.getString());
        } catch (IllegalArgumentException e) {
            throw new ModuleException("URL: " + e.getMessage());
        }
        String type = certType.getString();
        if (CRT.equals(type)) {
            String pem = certificate == null ? "" : certificate.getString();
            if (!pem.contains("BEGIN CERTIFICATE")) {
                throw new ModuleException("certificate must be a PEM certificate (-----BEGIN CERTIFICATE----- ...)");
            }
            o = o.withTrustedCertificate(pem);
        } else if (!NO_CERT.equals(type)) {
            throw new ModuleException("certType must be none or .crt, got \"" + type + "\"");
        }
        return o.withLogin(username.getString(), password.getString());
    }

    @Override
    protected String protocol() {
        return "MQTT";
    }

    @Override
    protected MqttClient connect(Consumer<Arrived> deliver) {
        MqttClient client = new MqttClient(clientOptions(), new MqttListener() {
            @Override
            public void onMessage(String t, byte[] payload, int qos, boolean retained) {
                deliver.accept(new Arrived(new String(payload, StandardCharsets.UTF_8), null, false));
            }

            @Override
            public void onDisconnected(String reason, Duration retryIn) {
                deliver.accept(new Arrived(null, "MQTT " + reason + "; trying again in " + retryIn.toMillis() / 1000.0
                    + " s", false));
            }

            @Override
            public void onRefused(String reason) {
                deliver.accept(new Arrived(null, reason, true));
            }
        });
        client.subscribe(topic.getString().trim(), 1);
        client.start();
        return client;
    }

    @Override
    public void sendOutput() {
        Arrived a = nextArrived();
        if (a == null) {
            // not activated by inputs (it has none); only arriving messages make it send
            return;
        }
        if (a.error) {
            throw new ModuleException(a.problem);
        }
        if (a.problem != null) {
            context().listener().moduleWarning(this, a.problem);
            return;
        }
        message.send(a.message);
    }

    record Arrived(String message, String problem, boolean error) {
    }
}
