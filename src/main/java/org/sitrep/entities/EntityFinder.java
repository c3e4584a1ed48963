package org.sitrep.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/** Groups named-entity mentions into entities. */
public final class EntityFinder {

    public List<Entity> find(Article article, Annotated annotated) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        List<Token> toks = annotated.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.ner().equals("O")) continue;
            int j = i;
            while (j + 1 < toks.size() && toks.get(j + 1).ner().equals(t.ner()) && toks.get(j + 1).sentence() == t.sentence()) j++;
            String text = annotated.text().substring(t.start(), toks.get(j).end());
            byName.computeIfAbsent(text, k -> new ArrayList<>()).add(new Mention(text, t.start(), toks.get(j).end(), t.sentence()));
            types.putIfAbsent(text, t.ner());
            i = j;
        }
        List<Entity> out = new ArrayList<>();
        byName.forEach((name, mentions) -> out.add(new Entity("e" + (out.size() + 1), types.get(name), name, List.of(), List.of(), null, null, mentions)));
        return out;
    }
}
