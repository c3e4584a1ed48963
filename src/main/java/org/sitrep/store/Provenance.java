package org.sitrep.store;

import org.sitrep.model.Reading;

/**
 * What produced a stored reading, recorded on every article so that {@code sitrep reanalyze} can find the rows an
 * older sitrep, contract or model set wrote.
 *
 * @param sitrep   sitrep's version (from the jar manifest; "dev" when run from classes)
 * @param contract the JSON contract version of the reading
 * @param models   the models and resources behind the analysis
 */
public record Provenance(String sitrep, String contract, String models) {

    /** The analysis {@code Analyzer.load()} runs: CoreNLP's English CRF NER and SUTime, sitrep's shipped resources. */
    public static final String DEFAULT_MODELS = "stanford-corenlp 4.5.10 english (pos, ner crf, sutime); "
            + "geonames gazetteer; petrarch2 actor dictionaries";

    public static Provenance current() { return new Provenance(version(), Reading.CONTRACT_VERSION, DEFAULT_MODELS); }

    public Provenance withModels(String m) { return new Provenance(sitrep, contract, m); }

    static String version() {
        String v = Store.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
