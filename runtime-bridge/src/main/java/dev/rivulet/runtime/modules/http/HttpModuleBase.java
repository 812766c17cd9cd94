package dev.rivulet.runtime.modules.http;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.RunMode;
import dev.rivulet.runtime.engine.ExternalEventSource;
import dev.rivulet.runtime.engine.ExternalEvents;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * What HTTP Request and Simple HTTP share (Streamr's AbstractHttpModule): the side-effect rule, body formats, and
 * the sync/async choice.
 *
 * <p>Sync: the engine thread waits for the response, at most {@code timeoutSeconds}, and the outputs go out with the
 * event that triggered the request. Async: the request is sent and the event goes on; the response comes back later
 * as an event of its own (through {@link ExternalEvents}), so a slow server does not hold up the canvas. Async needs
 * an engine host that delivers external events and a realtime run: historical replays always wait, so that a replay
 * gives the same results every time (a response "arriving later" has no place in simulated time); a host without
 * external events also waits, after a one-time notice.
 *
 * <p>Unlike Streamr's cloud engine, requests to local addresses (localhost, the LAN) are allowed: Rivulet runs on
 * the analyst's own machine, where local services are the common case.
 */
abstract class HttpModuleBase extends ModuleInstance implements ExternalEventSource {
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";
    private static final int DEFAULT_TIMEOUT_SECONDS = 5;

    /** Results that arrived asynchronously and wait for the activation that sends them (engine thread only). */
    private final Queue<HttpCall> arrived = new ArrayDeque<>();
    private ExternalEvents events;
    private HttpClient client;
    private boolean clientTrustsSelfSigned;

    HttpModuleBase() {
        hasSideEffects();
        option("bodyContentType", "string", JSON, "How the request body is written: a JSON document or URL-encoded"
            + " form fields (the body must then be a map).", JSON, JSON, FORM, FORM);
        // Streamr read a missing syncMode as async; new modules started as sync. Saved canvases keep their value.
        option("syncMode", "string", "sync", "sync: wait for the response (at most timeoutSeconds) before the event"
            + " goes on. async: let the event go on and send the response as a later event, so a slow server does not"
            + " hold up the canvas (realtime runs only; historical replays always wait).",
            "synchronized", "sync", "asynchronous", "async");
        option("trustSelfSigned", "boolean", false, "Accept HTTPS servers whose certificate is self-signed or"
            + " otherwise not trusted by this computer. Only for servers you know: the connection can then be"
            + " intercepted.");
        option("timeoutSeconds", "int", DEFAULT_TIMEOUT_SECONDS, "How long to wait for a response before giving up"
            + " with an error.");
    }

    /** Builds the request from the module's inputs; exceptions become "Constructing HTTP request failed". */
    abstract HttpRequest.Builder createRequest() throws Exception;

    /** Sends the outputs for a finished call (on the engine thread). */
    abstract void sendResults(HttpCall call);

    @Override
    public void attach(ExternalEvents external) {
        this.events = external;
    }

    @Override
    public void initialize() {
        timeoutMillis();
        bodyContentType();
        syncMode();
    }

    /**
     * Runs a check of saved values while configuring, so that validation shows a bad value before a run;
     * initialize() checks again and fails the module.
     */
    final void checkWhileConfiguring(Runnable check) {
        try {
            check.run();
        } catch (ModuleException e) {
            reportConfigurationProblem(e.getMessage());
        }
    }

    /** Checks a URL parameter that is not connected (a connected one is checked per request). */
    static void checkUrl(Input url) {
        if (url.isConnected()) {
            return;
        }
        String s = url.getString().trim();
        try {
            URI uri = URI.create(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("not http(s)");
            }
        } catch (IllegalArgumentException e) {
            throw new ModuleException("URL must be a web address such as https://example.com/api, got \"" + s + "\"");
        }
    }

    @Override
    public final void sendOutput() {
        HttpCall done = arrived.poll();
        if (done != null) {
            sendResults(done);
            return;
        }
        if (!mayActOnTheWorld()) {
            return;
        }
        HttpRequest request;
        long timeout = timeoutMillis();
        try {
            request = createRequest().timeout(Duration.ofMillis(timeout)).build();
        } catch (Exception e) {
            sendResults(HttpCall.failed("Constructing HTTP request failed", String.valueOf(e.getMessage())));
            return;
        }
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (RuntimeException e) {
            sendResults(HttpCall.failed("Sending HTTP Request failed", e.toString()));
            return;
        }
        if (async()) {
            ExternalEvents ev = events;
            future.whenComplete((response, error) -> {
                HttpCall call = finish(response, error, start, timeout);
                ev.post(this, () -> arrived.add(call));
            });
            return;
        }
        HttpResponse<byte[]> response = null;
        Throwable error = null;
        try {
            response = future.get(timeout, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            error = e.getCause();
        } catch (TimeoutException e) {
            future.cancel(true);
            error = new HttpTimeoutException("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            error = e;
        }
        sendResults(finish(response, error, start, timeout));
    }

    private static HttpCall finish(HttpResponse<byte[]> response, Throwable error, long startNanos, long timeout) {
        HttpCall call = new HttpCall();
        call.roundtripMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        if (error instanceof java.util.concurrent.CompletionException && error.getCause() != null) {
            error = error.getCause();
        }
        if (error instanceof HttpTimeoutException) {
            call.errors.add("HTTP Request timed out after " + timeout + " ms");
        } else if (error instanceof InterruptedException) {
            call.errors.add("HTTP Request was interrupted");
        } else if (error != null) {
            call.errors.add("Sending HTTP Request failed");
            call.errors.add(error.toString());
        } else {
            call.response = response;
        }
        return call;
    }

    /** Whether this request goes out asynchronously (see the class comment for when async falls back to waiting). */
    private boolean async() {
        if (!"async".equals(syncMode())) {
            return false;
        }
        if (context() == null || context().mode() != RunMode.REALTIME) {
            return false;
        }
        if (events == null) {
            context().noticeOnce("http-sync:" + hash(), name() + ": this engine cannot take asynchronous responses;"
                + " waiting for each response instead");
            return false;
        }
        return true;
    }

    private HttpClient client() {
        boolean trust = optionBoolean("trustSelfSigned");
        if (client == null || trust != clientTrustsSelfSigned) {
            HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(timeoutMillis()))
                .followRedirects(HttpClient.Redirect.NORMAL);
            if (trust) {
                b.sslContext(trustingEveryCertificate());
            }
            client = b.build();
            clientTrustsSelfSigned = trust;
        }
        return client;
    }

    private static SSLContext trustingEveryCertificate() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {trustAll}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new ModuleException("cannot set up trust for self-signed certificates: " + e.getMessage());
        }
    }

    final long timeoutMillis() {
        int seconds;
        try {
            seconds = optionInt("timeoutSeconds");
        } catch (RuntimeException e) {
            throw new ModuleException("timeoutSeconds must be a whole number of seconds, got \""
                + option("timeoutSeconds") + "\"");
        }
        if (seconds <= 0) {
            throw new ModuleException("timeoutSeconds must be at least 1, got " + seconds);
        }
        return seconds * 1000L;
    }

    final String bodyContentType() {
        String type = String.valueOf(option("bodyContentType"));
        if (!type.equals(JSON) && !type.equals(FORM)) {
            throw new ModuleException("bodyContentType must be " + JSON + " or " + FORM + ", got \"" + type + "\"");
        }
        return type;
    }

    private String syncMode() {
        String mode = String.valueOf(option("syncMode"));
        if (!mode.equals("sync") && !mode.equals("async")) {
            throw new ModuleException("syncMode must be sync or async, got \"" + mode + "\"");
        }
        return mode;
    }

    /** Responses waiting to be sent are dropped by Reset; requests in flight still arrive. */
    @Override
    public void clearState() {
        arrived.clear();
    }
}
