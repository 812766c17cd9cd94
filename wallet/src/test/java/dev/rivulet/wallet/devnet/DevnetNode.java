package dev.rivulet.wallet.devnet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A running hardhat node on loopback, as injected into devnet tests by {@link HardhatDevnet}. */
public final class DevnetNode {

    // HTTP/1.1: the default h2c upgrade request is taken by hardhat's WebSocket handler and dropped
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String rpcUrl;

    DevnetNode(String rpcUrl) {
        this.rpcUrl = rpcUrl;
    }

    public String rpcUrl() {
        return rpcUrl;
    }

    /** A raw JSON-RPC call; returns the whole response body. For cross-checks against the node itself. */
    public String rpc(String method, String paramsJson) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + paramsJson + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(rpcUrl)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " to " + rpcUrl + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The "result" string of a JSON-RPC response (enough for the hex results the tests read). */
    public String result(String method, String paramsJson) {
        String response = rpc(method, paramsJson);
        int at = response.indexOf("\"result\":\"");
        if (at < 0) {
            throw new IllegalStateException(method + " returned no string result: " + response);
        }
        int start = at + "\"result\":\"".length();
        return response.substring(start, response.indexOf('"', start));
    }
}
