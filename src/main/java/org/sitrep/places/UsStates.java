package org.sitrep.places;

import java.util.HashMap;
import java.util.Map;

/**
 * AP-style abbreviations of US states ("Cottonport, La."), which US local news writes after a town's name, the
 * Canadian Press ones of Canada's provinces ("St. John's, N.L.") and the few other division abbreviations news uses as
 * names ("NSW"). Manitoba's "Man." is left out: it is more often a word.
 */
final class UsStates {
    private static final Map<String, GeoName> BY_ABBREVIATION = new HashMap<>();

    static {
        String table = "Ala.=AL Ariz.=AZ Ark.=AR Calif.=CA Colo.=CO Conn.=CT Del.=DE Fla.=FL Ga.=GA Ill.=IL Ind.=IN Kan.=KS "
                + "Kans.=KS Ky.=KY La.=LA Md.=MD Mass.=MA Mich.=MI Minn.=MN Miss.=MS Mo.=MO Mont.=MT Neb.=NE Nebr.=NE "
                + "Nev.=NV N.H.=NH N.J.=NJ N.M.=NM N.Y.=NY N.C.=NC N.D.=ND Okla.=OK Ore.=OR Oreg.=OR Pa.=PA R.I.=RI "
                + "S.C.=SC S.D.=SD Tenn.=TN Tex.=TX Vt.=VT Va.=VA Wash.=WA W.Va.=WV Wis.=WI Wyo.=WY D.C.=DC NSW=AU:02 "
                + "Alta.=CA:01 B.C.=CA:02 N.B.=CA:04 N.L.=CA:05 Nfld.=CA:05 N.S.=CA:07 Ont.=CA:08 P.E.I.=CA:09 Que.=CA:10 Sask.=CA:11";
        for (String pair : table.split(" ")) {
            String[] p = pair.split("=");
            String[] code = p[1].contains(":") ? p[1].split(":") : new String[] {"US", p[1]};
            BY_ABBREVIATION.put(p[0], new GeoName(0, p[0], GeoName.Kind.ADMIN1, "ADM1", code[0], code[1], 0, 0, 0));
        }
    }

    private UsStates() {}

    /** A stand-in carrying only the state's code, or null; look the state up in the gazetteer by its code. */
    static GeoName byAbbreviation(String word) { return BY_ABBREVIATION.get(word); }
}
