package dev.rivulet.runtime.streams.transport;

import java.net.URI;
import java.util.Objects;

/**
 * Which transport a stream's messages travel on, as the user picked it in the Streams pane and as it is kept in the
 * stream's config ({@link TransportSettings}). The host turns a choice into a {@link StreamTransport}: the
 * in-process broker, an MQTT client, or a Streamr node client.
 *
 * <p>Usage: {@code TransportChoice c = new TransportChoice.Mqtt("mqtt://127.0.0.1:1883");}
 */
public sealed interface TransportChoice {
    /** The short label shown in lists, e.g. "in-process" or "mqtt://127.0.0.1:1883". */
    String label();

    /** The embedded broker of this process (the default). */
    record InProcess() implements TransportChoice {
        @Override
        public String label() {
            return "in-process";
        }
    }

    /**
     * An MQTT broker, e.g. {@code mqtt://127.0.0.1:1883} or, with TLS, {@code mqtts://host:8883}; an optional login
     * (the password is a secret: kept in the secret store, never in streams.db) and, for TLS, an optional PEM file of
     * the broker's certificate or CA to trust instead of the system's CAs.
     */
    record Mqtt(String brokerUrl, String username, String password, String caCertificateFile) implements TransportChoice {
        public Mqtt {
            brokerUrl = checkUrl(brokerUrl, "MQTT broker", "mqtt", "mqtts", "tcp", "ssl", "tls");
            username = username == null ? "" : username.trim();
            password = password == null ? "" : password;
            caCertificateFile = caCertificateFile == null ? "" : caCertificateFile.trim();
            if (!caCertificateFile.isEmpty() && !tls(brokerUrl)) {
                throw new IllegalArgumentException("a trusted certificate needs TLS: use mqtts://" + " instead of "
                    + brokerUrl);
            }
        }

        /** A broker without login. */
        public Mqtt(String brokerUrl) {
            this(brokerUrl, "", "", "");
        }

        /** True for mqtts://, ssl:// and tls:// URLs. */
        public boolean tls() {
            return tls(brokerUrl);
        }

        private static boolean tls(String url) {
            String scheme = URI.create(url).getScheme().toLowerCase(java.util.Locale.ROOT);
            return scheme.equals("mqtts") || scheme.equals("ssl") || scheme.equals("tls");
        }

        @Override
        public String label() {
            return username.isEmpty() ? brokerUrl : username + " @ " + brokerUrl;
        }

        /** Never prints the password (it would end up in logs). */
        @Override
        public String toString() {
            return "Mqtt[brokerUrl=" + brokerUrl + ", username=" + username + ", password="
                + (password.isEmpty() ? "none" : "set") + ", caCertificateFile=" + caCertificateFile + "]";
        }
    }

    /** A Streamr node's WebSocket/HTTP plugin, e.g. {@code ws://127.0.0.1:7170}, with its API key ("" for none). */
    record StreamrNode(String nodeUrl, String apiKey) implements TransportChoice {
        public StreamrNode {
            nodeUrl = checkUrl(nodeUrl, "Streamr node", "ws", "wss", "http", "https");
            apiKey = apiKey == null ? "" : apiKey.trim();
        }

        @Override
        public String label() {
            return "streamr " + nodeUrl;
        }

        /** Never prints the key (it would end up in logs). */
        @Override
        public String toString() {
            return "StreamrNode[nodeUrl=" + nodeUrl + ", apiKey=" + (apiKey.isEmpty() ? "none" : "set") + "]";
        }
    }

    private static String checkUrl(String url, String what, String... schemes) {
        Objects.requireNonNull(url, what + " URL");
        String u = url.trim();
        URI uri;
        try {
            uri = URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " URL \"" + u + "\" is not a URL: " + e.getMessage());
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(what + " URL \"" + u + "\" needs a host, e.g. "
                + schemes[0] + "://127.0.0.1");
        }
        for (String s : schemes) {
            if (s.equalsIgnoreCase(uri.getScheme())) {
                return u;
            }
        }
        throw new IllegalArgumentException(what + " URL \"" + u + "\" should start with one of "
            + String.join("://, ", schemes) + "://");
    }
}
