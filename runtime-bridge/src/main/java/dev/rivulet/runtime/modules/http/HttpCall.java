package dev.rivulet.runtime.modules.http;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * One request and what came of it (Streamr's HttpTransaction): the response if one arrived, the round-trip time, and
 * the problems met on the way, which the modules send on their errors output.
 */
final class HttpCall {
    HttpResponse<byte[]> response;
    long roundtripMillis;
    final List<String> errors = new ArrayList<>();

    static HttpCall failed(String... errors) {
        HttpCall call = new HttpCall();
        call.errors.addAll(List.of(errors));
        return call;
    }
}
