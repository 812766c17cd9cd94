package dev.rivulet.runtime.modules.http;

import dev.rivulet.core.Parameter;
import dev.rivulet.core.ModuleException;
import java.util.Locale;

/** The request methods both HTTP modules offer (Streamr's VerbParameter); POST, PUT and PATCH carry a body. */
enum HttpVerb {
    GET, POST, PUT, DELETE, PATCH;

    /** Streamr's default verb. */
    static final String DEFAULT = "POST";

    static Parameter choices(Parameter p) {
        return p.choices("GET", "GET", "POST", "POST", "PUT", "PUT", "DELETE", "DELETE", "PATCH", "PATCH");
    }

    boolean hasBody() {
        return this == POST || this == PUT || this == PATCH;
    }

    /** The verb a parameter holds; anything else is a bad parameter value. */
    static HttpVerb of(Object value) {
        String s = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
        for (HttpVerb v : values()) {
            if (v.name().equals(s)) {
                return v;
            }
        }
        throw new ModuleException("verb must be one of GET, POST, PUT, DELETE, PATCH; got \"" + value + "\"");
    }

    /** Like {@link #of} but never fails (port layout is decided before bad values can be reported). */
    static HttpVerb lenient(Object value) {
        try {
            return of(value);
        } catch (ModuleException e) {
            return POST;
        }
    }
}
