package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.Reading;

/** The example's quotations and source chains against ../shared/examples/*.expected.json. */
class ExampleQuotesTest {

    private static Reading reading() {
        return TheExample.reading();
    }

    private static String entityName(Reading r, String id) {
        return r.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse(null);
    }

    private static boolean sameName(Reading r, String id, String expected) {
        if (id == null) return false;
        Entity e = r.entities().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return e.name().equalsIgnoreCase(expected) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(expected));
    }

    @Test
    void everyExpectedQuotationWithSpeakerAndCue() {
        Reading r = reading();
        for (JsonNode x : TheExample.expected().get("quotes")) {
            Quote q = r.quotes().stream().filter(o -> x.has("starts_with") ? o.text().startsWith(x.get("starts_with").asText())
                    : o.text().contains(x.get("contains").asText())).filter(o -> o.kind().equals(x.get("kind").asText()))
                    .min(java.util.Comparator.comparingInt(o -> o.end() - o.start())).orElse(null); // the most specific report
            assertThat(q).as("quote %s", x).isNotNull();
            assertThat(q.cue().text()).as("cue of %s", x).isEqualTo(x.get("cue").asText());
            assertThat(sameName(r, q.speaker().entity(), x.get("speaker").asText())).as("speaker of %s is %s", x, entityName(r, q.speaker().entity())).isTrue();
            assertThat(r.article().text().substring(q.start(), q.end())).isEqualTo(q.text());
            if (x.has("reported_by")) {
                Quote outer = r.quotes().stream().filter(o -> o.id().equals(q.reportedBy())).findFirst().orElseThrow();
                assertThat(sameName(r, outer.speaker().entity(), x.get("reported_by").asText())).isTrue();
            }
        }
    }

    @Test
    void sourceChainsFromPublisherToSpeakerWithCitedEvidence() {
        Reading r = reading();
        for (JsonNode x : TheExample.expected().get("source_chains")) {
            List<String> expectedChain = x.get("chain").findValuesAsText("").isEmpty()
                    ? java.util.stream.StreamSupport.stream(x.get("chain").spliterator(), false).map(JsonNode::asText).toList() : List.of();
            Claim c = r.claims().stream().filter(o -> o.text().contains(x.get("claim_contains").asText()))
                    .filter(o -> o.chain().size() == expectedChain.size()).findFirst().orElse(null);
            assertThat(c).as("claim %s", x).isNotNull();
            assertThat(c.chain()).extracting(Claim.Source::name).containsExactlyElementsOf(expectedChain);
            assertThat(c.chain().get(0).role()).isEqualTo("publisher");
            assertThat(c.chain().get(c.chain().size() - 1).role()).isEqualTo("speaker");
            if (x.has("evidence_cited")) assertThat(c.evidence().text()).isEqualTo(x.get("evidence_cited").asText());
        }
    }

    @Test
    void stancesComeFromTheReportingVerb() {
        Reading r = reading();
        assertThat(r.claims()).anySatisfy(c -> {
            assertThat(c.text()).contains("bribed their way");
            assertThat(c.stance()).isEqualTo("alleged");
        });
        assertThat(r.claims()).anySatisfy(c -> {
            assertThat(c.text()).contains("well-funded cells");
            assertThat(c.stance()).isEqualTo("warned");
        });
    }

    @Test
    void noClaimWithoutSpeakerInTheExample() {
        assertThat(reading().quotes()).allSatisfy(q -> assertThat(q.speaker()).isNotNull());
    }
}
