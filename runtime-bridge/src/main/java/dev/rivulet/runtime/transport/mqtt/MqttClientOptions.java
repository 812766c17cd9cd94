package dev.rivulet.runtime.transport.mqtt;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * How an {@link MqttClient} reaches its broker: address, TLS, login, keep-alive and reconnect back-off.
 *
 * <p>Usage: {@code MqttClientOptions.fromUrl("mqtt://broker.example.com:1883").withLogin("me", "secret")}
 *
 * @param caCertificatePem PEM text of the certificate (or CA) to trust for TLS; null trusts the system's CAs
 * @param password         null for none; MQTT 3.1.1 sends a password only together with a user name
 * @param reconnectMin     first wait after a lost connection; doubled after each failed attempt
 * @param reconnectMax     the longest wait between attempts
 */
public record MqttClientOptions(String host, int port, boolean tls, String caCertificatePem, String clientId,
                                String username, String password, int keepAliveSeconds, Duration connectTimeout,
                                Duration reconnectMin, Duration reconnectMax) {
    public static final int DEFAULT_PORT = 1883;
    public static final int DEFAULT_TLS_PORT = 8883;

    public MqttClientOptions {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, got " + port);
        }
        if (keepAliveSeconds < 1 || keepAliveSeconds > 65535) {
            throw new IllegalArgumentException("keepAliveSeconds must be 1..65535, got " + keepAliveSeconds);
        }
        if (reconnectMin.isNegative() || reconnectMin.isZero() || reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("reconnect back-off must be positive, min <= max");
        }
        clientId = clientId == null || clientId.isBlank() ? "rivulet-" + UUID.randomUUID().toString().substring(0, 8)
            : clientId;
        username = username == null || username.isEmpty() ? null : username;
        password = password == null || password.isEmpty() ? null : password;
    }

    /**
     * Options for a broker address: {@code mqtt://host[:port]} or {@code tcp://} (plain, port 1883 by default),
     * {@code mqtts://}, {@code ssl://} or {@code tls://} (TLS, port 8883), or a bare {@code host[:port]}.
     * Keep-alive 30 s; reconnect after 1 s, doubling up to 30 s.
     */
    public static MqttClientOptions fromUrl(String url) {
        String s = url == null ? "" : url.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("the broker address is empty");
        }
        if (!s.contains("://")) {
            s = "mqtt://" + s;
        }
        URI uri;
        try {
            uri = URI.create(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + url + "\" is not a broker address", e);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean tls = switch (scheme) {
            case "mqtt", "tcp" -> false;
            case "mqtts", "ssl", "tls" -> true;
            default -> throw new IllegalArgumentException("\"" + url + "\": use mqtt://, tcp://, mqtts:// or ssl://");
        };
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("\"" + url + "\" names no broker host");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? DEFAULT_TLS_PORT : DEFAULT_PORT;
        return new MqttClientOptions(uri.getHost(), port, tls, null, null, null, null, 30, Duration.ofSeconds(10),
            Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    public MqttClientOptions withLogin(String user, String pass) {
        return new MqttClientOptions(host, port, tls, caCertificatePem, clientId, user, pass, keepAliveSeconds,
            connectTimeout, reconnectMin, reconnectMax);
    }

    public MqttClientOptions withClientId(String id) {
        return new MqttClientOptions(host, port, tls, caCertificatePem, id, username, password, keepAliveSeconds,
            connectTimeout, reconnectMin, reconnectMax);
    }

    /** TLS trusting the given PEM certificate (Streamr's certType ".crt"). */
    public MqttClientOptions withTrustedCertificate(String pem) {
        return new MqttClientOptions(host, port, true, pem, clientId, username, password, keepAliveSeconds,
            connectTimeout, reconnectMin, reconnectMax);
    }

    public MqttClientOptions withKeepAlive(int seconds) {
        return new MqttClientOptions(host, port, tls, caCertificatePem, clientId, username, password, seconds,
            connectTimeout, reconnectMin, reconnectMax);
    }

    public MqttClientOptions withReconnect(Duration min, Duration max) {
        return new MqttClientOptions(host, port, tls, caCertificatePem, clientId, username, password,
            keepAliveSeconds, connectTimeout, min, max);
    }

    /** The options without the password, for logs and messages. */
    @Override
    public String toString() {
        return (tls ? "mqtts://" : "mqtt://") + host + ":" + port + " as " + clientId
            + (username == null ? "" : " (user " + username + ")");
    }
}
