package org.sitrep.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Token;

class QuantityFinderTest {

    private static List<Token> words(String... ws) {
        Token[] out = new Token[ws.length];
        for (int i = 0; i < ws.length; i++) out[i] = new Token(i, 0, ws[i], 0, 0, "CD", ws[i], "O");
        return List.of(out);
    }

    @Test
    void values() {
        assertThat(QuantityFinder.value(words("10,000"))).isEqualTo(10000d);
        assertThat(QuantityFinder.value(words("1.5", "million"))).isEqualTo(1.5e6);
        assertThat(QuantityFinder.value(words("two", "hundred"))).isEqualTo(200d);
        assertThat(QuantityFinder.value(words("twenty", "five"))).isEqualTo(25d);
        assertThat(QuantityFinder.value(words("3", "thousand"))).isEqualTo(3000d);
        assertThat(QuantityFinder.value(words("a1b2"))).isNull();
    }
}
