package dev.rivulet.runtime.streams.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stored content format, version 1: golden bytes, so a change to the format cannot slip in unnoticed. */
class ContentCodecTest {
    private static final Map<String, Integer> SCHEMA = Map.of("price", 0, "symbol", 1);
    /** 01 format, 03 schema version, then (key, tag, value) entries; see ContentCodec. */
    private static final String GOLDEN = "0103" + "0101" + "000000000000f83f" // key 1 = price (field 0): double 1.5
        + "02050441434d45" // key 2 = symbol (field 1): string of 4 bytes "ACME"
        + "0003766f6c02" + "f401" // key 0 + name "vol" (outside the schema): integer 122 (zig-zag 244)
        + "00026f6b03" // "ok": true
        + "00016e00" // "n": null
        + "00017406035b315d"; // "t": JSON text of 3 bytes "[1]"

    private static Map<String, Object> content() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("price", 1.5);
        c.put("symbol", "ACME");
        c.put("vol", 122L);
        c.put("ok", true);
        c.put("n", null);
        c.put("t", List.of(1));
        return c;
    }

    @Test
    void encodesVersionOneAsTheGoldenBytes() {
        byte[] bytes = new ContentCodec().encode(content(), 3, SCHEMA);

        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(GOLDEN);
    }

    @Test
    void decodesTheGoldenBytesBackInKeyOrder() {
        byte[] golden = HexFormat.of().parseHex(GOLDEN);

        assertThat(ContentCodec.schemaVersion(golden)).isEqualTo(3);
        Map<String, Object> back = ContentCodec.decode(golden, v -> List.of("price", "symbol"));
        assertThat(back).isEqualTo(content());
        assertThat(back.keySet()).containsExactly("price", "symbol", "vol", "ok", "n", "t");
    }

    @Test
    void jsonTextRowsAreReadAndUnknownFormatsRefused() {
        assertThat(ContentCodec.decode("{\"a\": 1}".getBytes(), v -> List.of())).isEqualTo(Map.of("a", 1));
        assertThatThrownBy(() -> ContentCodec.decode(new byte[] {7}, v -> List.of()))
            .hasMessageContaining("unknown format 0x7");
    }
}
