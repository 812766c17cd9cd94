package dev.rivulet.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Run settings of a canvas: mode, historical range and speed, state saving.
 * Dates are kept as written (ISO-8601, epoch millis, or Streamr's legacy yyyy-MM-dd) and parsed when run.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"mode", "beginDate", "endDate", "speed", "serializationEnabled"})
public final class CanvasSettings extends Extensible {
    /** "realtime" or "historical". */
    public String mode;
    public String beginDate;
    public String endDate;
    /** "0" (full speed), "1", "10", "100", "1000". */
    public String speed;
    public Boolean serializationEnabled;

    public CanvasSettings copy() {
        CanvasSettings s = new CanvasSettings();
        s.mode = mode;
        s.beginDate = beginDate;
        s.endDate = endDate;
        s.speed = speed;
        s.serializationEnabled = serializationEnabled;
        s.copyExtraFrom(this);
        return s;
    }
}
