package org.sitrep.place;

import java.util.List;
import org.sitrep.dedup.Fingerprint;

/** A {@link Placement} as one JSON string: how the Flink job hands it from its placer to its store writer. Pure. */
public final class PlacementCodec {

    private PlacementCodec() {}

    private record Link(String event, Json.Signature signature, String cluster, boolean founds) {}

    private record Form(String contentHash, String published, long[] shingles, long[] bands, Placement.Copy copy, String story,
                        boolean newStory, Json.Features features, List<Link> events) {}

    public static String encode(Placement p) {
        return Json.write(new Form(p.contentHash(), p.published(), p.fingerprint().shingles(), p.fingerprint().bands(), p.copy(), p.story(),
                p.newStory(), Json.Features.of(p.features()),
                p.events().stream().map(l -> new Link(l.event(), Json.Signature.of(l.signature()), l.cluster(), l.founds())).toList()));
    }

    public static Placement decode(String json) {
        Form f = Json.read(json, Form.class);
        return new Placement(f.contentHash(), f.published(), new Fingerprint(f.shingles(), f.bands()), f.copy(), f.story(), f.newStory(),
                f.features() == null ? null : f.features().features(),
                f.events().stream().map(l -> new Placement.EventLink(l.event(), l.signature().signature(), l.cluster(), l.founds())).toList());
    }
}
