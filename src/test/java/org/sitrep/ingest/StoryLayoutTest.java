package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article.Dateline;

class StoryLayoutTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SULAIMANI — Head of Iraqi Military Intelligence said|SULAIMANI|",
            "WASHINGTON (Reuters) - The U.S. Senate voted|WASHINGTON|Reuters",
            "BEIRUT, Lebanon (AP) — Syrian troops advanced|BEIRUT, Lebanon|AP",
            "NEW YORK -- Stocks fell on Monday|NEW YORK|",
            "GAZA CITY, Nov. 3 (Xinhua) -- Israeli jets struck|GAZA CITY, Nov. 3|Xinhua"})
    void datelines(String text, String place, String credit) {
        Dateline d = StoryLayout.dateline(text);
        assertThat(d).isNotNull();
        assertThat(d.text()).isEqualTo(place);
        assertThat(text.substring(d.start(), d.end())).isEqualTo(place);
        assertThat(d.credit()).isEqualTo(credit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"He said - nothing more", "Update: the vote was delayed", "The minister — who resigned — spoke"})
    void notDatelines(String text) {
        assertThat(StoryLayout.dateline(text)).isNull();
    }

    @Test
    void headlineFurnitureAndCredit() {
        String raw = """
                Rebels seize airport, army says

                Smoke rises over the city (Photo: AFP)

                2,431 views

                Share

                KABUL — Rebels seized the airport on Tuesday, the army said, after a night of fighting in the north.

                The army said it would retake it.

                — Reuters
                """;
        StoryLayout.Parts p = StoryLayout.parse(raw);
        assertThat(p.title()).isEqualTo("Rebels seize airport, army says");
        assertThat(p.body()).startsWith("KABUL — Rebels").contains("\n\nThe army said").doesNotContain("views").doesNotContain("Photo");
        assertThat(p.furniture()).extracting(f -> f.kind()).containsExactly("caption", "counter", "widget");
        assertThat(p.dateline().text()).isEqualTo("KABUL");
        assertThat(p.publisher()).isEqualTo("Reuters");
    }

    @Test
    void aStoryWithoutHeadlineKeepsItsFirstParagraph() {
        StoryLayout.Parts p = StoryLayout.parse("The council met on Friday and voted to extend the mandate by a year.\n");
        assertThat(p.title()).isNull();
        assertThat(p.body()).isEqualTo("The council met on Friday and voted to extend the mandate by a year.");
    }

    @Test
    void bylineBecomesAuthor() {
        StoryLayout.Parts p = StoryLayout.parse("Floods hit the north\n\nBy Jane Doe\n\nHeavy rain flooded dozens of villages in the north of the country on Sunday, officials said.\n");
        assertThat(p.author()).isEqualTo("Jane Doe");
        assertThat(p.body()).startsWith("Heavy rain");
    }
}
