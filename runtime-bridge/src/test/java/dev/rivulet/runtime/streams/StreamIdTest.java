package dev.rivulet.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StreamIdTest {

    @Test
    void addressIdsKeepTheDomainLowerCaseAndThePathAsGiven() {
        StreamId id = StreamId.parse("0xAbCdEf0123456789aBcDeF0123456789ABCDEF01/Sensors/Temp");

        assertThat(id.kind()).isEqualTo(StreamId.Kind.ADDRESS);
        assertThat(id.domain()).isEqualTo("0xabcdef0123456789abcdef0123456789abcdef01");
        assertThat(id.path()).isEqualTo("/Sensors/Temp");
        assertThat(id).hasToString("0xabcdef0123456789abcdef0123456789abcdef01/Sensors/Temp");
    }

    @Test
    void ensAndLocalIdsParse() {
        assertThat(StreamId.parse("MyName.ETH/prices")).isEqualTo(new StreamId(StreamId.Kind.ENS, "myname.eth", "/prices"));
        assertThat(StreamId.parse("prices")).isEqualTo(new StreamId(StreamId.Kind.LOCAL, "", "prices"));
        assertThat(StreamId.parse("7wa7APtlTq6EC5iTCBy6dw").kind()).isEqualTo(StreamId.Kind.LOCAL);
        assertThat(StreamId.parse("sensors/room-1.temp_c").path()).isEqualTo("sensors/room-1.temp_c");
    }

    @Test
    void badIdsAreRejectedSayingWhy() {
        assertThatThrownBy(() -> StreamId.parse("0x12/x")).hasMessageContaining("not an address");
        assertThatThrownBy(() -> StreamId.parse("0xabcdef0123456789abcdef0123456789abcdef01"))
            .hasMessageContaining("needs a path");
        assertThatThrownBy(() -> StreamId.parse("/prices")).hasMessageContaining("needs a domain");
        assertThatThrownBy(() -> StreamId.parse("prices#2")).hasMessageContaining("partition");
        assertThatThrownBy(() -> StreamId.parse("my stream")).hasMessageContaining("\" \" is not allowed");
        assertThatThrownBy(() -> StreamId.parse("a.eth/")).hasMessageContaining("path after \"/\" is empty");
        assertThatThrownBy(() -> StreamId.parse("bad_label!.eth/x")).hasMessageContaining("not an ENS name");
        assertThatThrownBy(() -> StreamId.parse("  ")).hasMessageContaining("empty");
        assertThat(StreamId.isValid("a//b")).isFalse();
    }
}
