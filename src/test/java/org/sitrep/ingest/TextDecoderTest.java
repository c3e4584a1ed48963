package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void acceptsUtf8AndDropsTheBom() throws IngestException {
        assertThat(TextDecoder.utf8("\uFEFFDaesh – “quoted”".getBytes(StandardCharsets.UTF_8))).isEqualTo("Daesh – “quoted”");
    }

    @Test
    void refusesMalformedUtf8NamingTheOffset() {
        byte[] bytes = "caf\u00e9 ok".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.utf8(bytes)).isInstanceOf(IngestException.class).hasMessageContaining("not valid UTF-8").hasMessageContaining("offset 3");
    }

    @Test
    void refusesBinary() {
        assertThatThrownBy(() -> TextDecoder.utf8(new byte[] {0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0})).hasMessageContaining("binary");
        assertThatThrownBy(() -> TextDecoder.utf8(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0})).hasMessageContaining("gzip");
    }

    @Test
    void sizeLimits() {
        assertThatThrownBy(() -> TextDecoder.checkSize(0, 100)).hasMessage("empty input");
        assertThatThrownBy(() -> TextDecoder.checkSize(50L << 20, 10L << 20)).hasMessageContaining("too large: 50.0 MB");
    }
}
