package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PETRARCH dictionary reader on hand-made snippets in the documented format, with its quirks. */
class CameoDictionaryTest {

    static final String ACTORS = """
            # header comment
            FREEDONIA_  [FRD]
            +FREEDONIAN_
            +FRIDONIA_ +FREDONIA_
            +SYLVANIA_CITY # a city, with a comment

            RUFUS_T._FIREFLY_  # CountryInfo.txt
            +PRESIDENT_FIREFLY
            \t[FRDELI 320101-331108]
            \t[FRDGOV 19331108-19450717]
            \t[FRDELI]
            TRENTINO_ ; old-style comment
            \t[SYLGOV <330101]
            \t[SYLMIL > 20120101]
            NO_CODE_ENTRY
            +NOBODY
            """;

    @Test
    void headSynonymsAndCodes() throws IOException {
        List<ActorRegistry.Actor> actors = CameoDictionary.readActors(new StringReader(ACTORS), "country");
        assertThat(actors).extracting(ActorRegistry.Actor::name).containsExactly("FREEDONIA", "RUFUS T. FIREFLY", "TRENTINO", "NO CODE ENTRY");
        ActorRegistry.Actor freedonia = actors.get(0);
        assertThat(freedonia.aliases()).containsExactly("FREEDONIAN", "FRIDONIA", "FREDONIA", "SYLVANIA CITY");
        assertThat(freedonia.roles()).containsExactly(new ActorRegistry.Role("FRD", null, null));
        assertThat(actors.get(3).roles()).isEmpty();
    }

    @Test
    void dateRestrictionsInBothYearFormats() throws IOException {
        ActorRegistry.Actor firefly = CameoDictionary.readActors(new StringReader(ACTORS), "national").get(1);
        assertThat(firefly.roles()).containsExactly(
                new ActorRegistry.Role("FRDELI", LocalDate.of(1932, 1, 1), LocalDate.of(1933, 11, 8)),
                new ActorRegistry.Role("FRDGOV", LocalDate.of(1933, 11, 8), LocalDate.of(1945, 7, 17)),
                new ActorRegistry.Role("FRDELI", null, null));
        assertThat(firefly.codeOn(LocalDate.of(1932, 6, 1))).isEqualTo("FRDELI");
        assertThat(firefly.codeOn(LocalDate.of(1940, 6, 1))).isEqualTo("FRDGOV");
        // on the handover day both ranges hold (limits are inclusive): the role that began last wins
        assertThat(firefly.codeOn(LocalDate.of(1933, 11, 8))).isEqualTo("FRDGOV");
        assertThat(firefly.codeOn(LocalDate.of(1990, 1, 1))).isEqualTo("FRDELI");
        assertThat(firefly.codeOn(null)).isEqualTo("FRDELI");
    }

    @Test
    void beforeAndAfterRestrictionsWithoutDefault() throws IOException {
        ActorRegistry.Actor trentino = CameoDictionary.readActors(new StringReader(ACTORS), "national").get(2);
        assertThat(trentino.roles()).containsExactly(
                new ActorRegistry.Role("SYLGOV", null, LocalDate.of(1933, 1, 1)),
                new ActorRegistry.Role("SYLMIL", LocalDate.of(2012, 1, 1), null));
        assertThat(trentino.codeOn(LocalDate.of(1920, 1, 1))).isEqualTo("SYLGOV");
        assertThat(trentino.codeOn(LocalDate.of(1990, 1, 1))).isNull();
        assertThat(trentino.codeOn(LocalDate.of(2019, 1, 1))).isEqualTo("SYLMIL");
        assertThat(trentino.codeOn(null)).isEqualTo("SYLMIL");
    }

    @Test
    void tableRowsRoundTrip() throws IOException {
        for (ActorRegistry.Actor a : CameoDictionary.readActors(new StringReader(ACTORS), "national")) {
            if (!a.roles().isEmpty()) assertThat(ActorRegistry.Actor.fromRow(a.toRow())).isEqualTo(a);
        }
    }

    @Test
    void agentsWithPluralsAndSubstitutions() throws IOException {
        String agents = """
                !PERSON! = MAN, MEN, WOMAN
                POLICE {} [~COP]
                POLICE!PERSON!  [~COP]
                ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG] # mj 05 Jan 2006
                MILITARY_DICTATOR [~GOVMIL]
                ARMY [~MIL]
                ACTIVIST [NGO~}
                """;
        Map<String, String> a = CameoDictionary.readAgents(new StringReader(agents));
        assertThat(a).containsEntry("POLICE", "~COP").doesNotContainKey("POLICES")
                .containsEntry("POLICEMAN", "~COP").containsEntry("POLICEMEN", "~COP").containsEntry("POLICEWOMAN", "~COP")
                .containsEntry("ATTORNEYS GENERAL", "~GOVATG").containsEntry("MILITARY DICTATORS", "~GOVMIL")
                .containsEntry("ARMIES", "~MIL").containsEntry("ACTIVISTS", "NGO~");
    }

    @Test
    void keysIgnoreCaseAndPunctuation() {
        assertThat(ActorRegistry.key("AL-QAEDA_IN_IRAQ_")).isEqualTo(ActorRegistry.key("al Qaeda in Iraq"));
        assertThat(ActorRegistry.key("U.S.")).isEqualTo("us");
        assertThat(ActorRegistry.key("THE_ISLAMIC_STATE")).isEqualTo("islamic state");
        assertThat(ActorRegistry.key("GUEVARISTA_REVOLUTIONARY_ARMY_(ERG)_")).isEqualTo("guevarista revolutionary army");
    }
}
