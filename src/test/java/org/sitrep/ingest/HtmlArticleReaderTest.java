package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class HtmlArticleReaderTest {

    static final String P1 = "SULAIMANI — Kurdish security forces said on Monday that they had arrested twelve men who escaped "
            + "from a prison near the city last week, after a search that lasted four days.";
    static final String P2 = "The men were held on charges of belonging to the Islamic State group, officials told reporters, "
            + "and three others are still at large in the mountains north of the city.";
    static final String P3 = "The prison's director was suspended while an inquiry looks into how the escape happened, "
            + "according to a statement from the interior ministry on Monday evening.";

    static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    static String story() {
        return "<article><h1>Escaped prisoners caught</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>";
    }

    Article read(String html) throws IngestException {
        return new HtmlArticleReader().read("test.html", html.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void dateComesFromJsonLdNotFromAScriptBody() throws Exception {
        String head = "<title>Escaped prisoners caught</title>"
                + "<script>var config = {\"datePublished\": \"2001-01-01\", \"expires\": \"2030-01-01\"};</script>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Escaped prisoners caught\",\"datePublished\":\"2019-11-18T21:30:00+03:00\","
                + "\"dateModified\":\"2019-11-20T08:00:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Roe\"},"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Rudaw\"}}</script>"
                + "<link rel=\"canonical\" href=\"https://example.org/news/escape\">";
        Article a = read(page(head, story()));
        assertThat(a.published()).isEqualTo("2019-11-18");
        assertThat(a.author()).isEqualTo("Jane Roe");
        assertThat(a.publisher()).isEqualTo("Rudaw");
        assertThat(a.url()).isEqualTo("https://example.org/news/escape");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.title()).isEqualTo("Escaped prisoners caught");
        assertThat(a.dateline()).isNotNull();
        assertThat(a.dateline().text()).startsWith("SULAIMANI");
    }

    @Test
    void noDateWhenOnlyScriptsAndModifiedFieldsHaveOne() throws Exception {
        String head = "<script>window.pubDate = '2019-11-18';</script>"
                + "<meta property=\"article:modified_time\" content=\"2019-11-20T08:00:00Z\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateModified\":\"2019-11-20\","
                + "\"expires\":\"2019-12-20\"}</script>";
        assertThat(read(page(head, story())).published()).isNull();
    }

    @Test
    void timeElementAndMetaTagGiveTheDate() throws Exception {
        assertThat(read(page("", "<time datetime=\"2019-11-17\">17 Nov</time>" + story())).published()).isEqualTo("2019-11-17");
        assertThat(read(page("<meta property=\"article:published_time\" content=\"2019-11-16T10:00:00Z\">", story()))
                .published()).isEqualTo("2019-11-16");
    }

    @Test
    void windows1252PageIsDecoded() throws Exception {
        String html = page("<meta charset=\"windows-1252\">", "<article><p>" + P1 + "</p><p>Le café du théâtre a rouvert "
                + "ses portes – après deux années de travaux, a déclaré la mairie à la presse locale.</p><p>" + P2 + "</p></article>");
        Article a = new HtmlArticleReader().read("t.html", html.getBytes(Charset.forName("windows-1252")), null);
        assertThat(a.text()).contains("Le café du théâtre a rouvert ses portes – après deux années");
    }

    @Test
    void undeclaredLegacyBytesFallBackToWindows1252() throws Exception {
        String html = page("", "<article><p>" + P1 + "</p><p>Señor Muñoz paid €40 for the “old” map, he said on "
                + "Tuesday at the market in the town square near the station.</p><p>" + P2 + "</p></article>");
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        Article a = new HtmlArticleReader().read("t.html", bytes, null);
        assertThat(a.text()).contains("Señor Muñoz paid €40 for the “old” map");
    }

    @Test
    void utf8BomAndDeclaredUtf8AreRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(page("<meta charset=utf-8>", story().replace("Kurdish", "Kürdish")).getBytes(StandardCharsets.UTF_8));
        assertThat(new HtmlArticleReader().read("t.html", out.toByteArray(), null).text()).contains("Kürdish security");
    }

    @Test
    void pageWithoutArticleIsRefusedWithAReason() {
        String html = page("<title>Home</title>", "<nav><ul><li><a href=/a>World</a></li><li><a href=/b>Sport</a></li></ul></nav>"
                + "<footer>© 2019 Example Media. All rights reserved.</footer>");
        assertThatThrownBy(() -> read(html)).isInstanceOf(IngestException.class)
                .hasMessageNotContaining("\n").hasMessageContaining("no");
    }

    @Test
    void boilerplateIsRemoved() throws Exception {
        String body = "<header><nav><a href=/>Home</a> <a href=/world>World</a></nav></header>"
                + "<article><h1>Escaped prisoners caught</h1>"
                + "<div class=\"byline\">By Jane Roe, Staff Writer</div>"
                + "<div class=\"social-share\"><a href=#>Share on Facebook</a> <a href=#>Tweet this story</a></div>"
                + "<p>" + P1 + "</p>"
                + "<figure><img src=a.jpg><figcaption>Guards outside the prison gate on Sunday. (AP Photo/John Doe)</figcaption></figure>"
                + "<p>" + P2 + "</p>"
                + "<div class=\"newsletter-signup\"><p>Get our morning briefing in your inbox every weekday, free of charge.</p></div>"
                + "<p>" + P3 + "</p>"
                + "<p>READ MORE: Bridge repairs to start in the spring</p>"
                + "</article>"
                + "<aside class=\"related-stories\"><h3>Related</h3><ul><li><a href=/x>Ten other prison breaks that shocked the region</a></li>"
                + "<li><a href=/y>What we know about the men still at large</a></li></ul></aside>"
                + "<footer>© 2019 Example Media</footer>";
        Article a = read(page("<title>Escaped prisoners caught | Example</title>", body));
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }
}
