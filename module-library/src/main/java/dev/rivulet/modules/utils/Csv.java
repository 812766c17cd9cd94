package dev.rivulet.modules.utils;

import dev.rivulet.core.Values;
import java.util.List;

/** RFC 4180 CSV rows: fields with commas, quotes or line breaks are quoted, quotes doubled; rows end in CRLF. */
final class Csv {
    private Csv() {
    }

    static String row(List<Object> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String s = Values.toText(fields.get(i));
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        return sb.append("\r\n").toString();
    }
}
