package dev.rivulet.runtime.modules.email;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Parameter;
import java.util.Locale;

/** How the Email module protects its connection to the SMTP server. */
enum SmtpSecurity {
    /** Plain SMTP: only for servers on this computer or a trusted network. */
    NONE("none"),
    /** Connect in plain text, then upgrade with STARTTLS (usually port 587); refuses servers that cannot. */
    STARTTLS("STARTTLS"),
    /** TLS from the first byte (usually port 465). */
    SSL("SSL/TLS");

    final String label;

    SmtpSecurity(String label) {
        this.label = label;
    }

    static Parameter choices(Parameter p) {
        return p.choices(STARTTLS.label, STARTTLS.label, SSL.label, SSL.label, NONE.label, NONE.label);
    }

    static SmtpSecurity of(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (SmtpSecurity s : values()) {
            if (s.label.toLowerCase(Locale.ROOT).equals(v)) {
                return s;
            }
        }
        throw new ModuleException("TLS must be STARTTLS, SSL/TLS or none, got \"" + value + "\"");
    }
}
