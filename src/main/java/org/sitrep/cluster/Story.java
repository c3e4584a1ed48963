package org.sitrep.cluster;

import java.util.Comparator;
import java.util.List;

/**
 * Documents that report the same real-world story. The id is the smallest member id, so it does not depend on the
 * order the documents came in, and stays put as later reports join.
 */
public record Story(String id, List<DocumentFeatures> members) {

    public Story {
        if (members.isEmpty()) throw new IllegalArgumentException("a story has at least one document");
        members = members.stream().sorted(Comparator.comparing(DocumentFeatures::id)).toList();
        if (id == null) id = members.get(0).id();
    }

    public static Story of(List<DocumentFeatures> members) { return new Story(null, members); }

    public List<String> documentIds() { return members.stream().map(DocumentFeatures::id).toList(); }
}
