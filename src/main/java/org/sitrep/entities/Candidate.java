package org.sitrep.entities;

import java.util.List;

/**
 * A corrected entity mention before grouping: a token range [first, end) with its type and what was learnt
 * about it on the way (titles before it, the country it stands for, an acronym it is given).
 *
 * @param canonical the canonical name when known independently of the text (a country's name), else null
 * @param titled    the mention with its rank or honorific ("Lt. Gen. Saad al-Allaq"), else null
 */
record Candidate(int first, int end, int start, int stop, String text, String type, String canonical, String note,
                 List<String> titles, String titled) {

    Candidate withType(String t) { return new Candidate(first, end, start, stop, text, t, canonical, note, titles, titled); }

    Candidate withTitles(List<String> t, String form) { return new Candidate(first, end, start, stop, text, type, canonical, note, t, form); }

    boolean overlaps(int from, int to) { return first < to && from < end; }
}
