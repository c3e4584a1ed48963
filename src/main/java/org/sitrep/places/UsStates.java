package org.sitrep.places;

import java.util.HashMap;
import java.util.Map;

/**
 * AP-style abbreviations of US states ("Cottonport, La."), which US local news writes after a town's name, and the
 * few other division abbreviations news uses as names ("B.C.", "NSW").
 */
final class UsStates {
    private static final Map<String, GeoName> BY_ABBREVIATION = new HashMap<>();

    static {
        String table = "Ala.=AL Ariz.=AZ Ark.=AR Calif.=CA Colo.=CO Conn.=CT Del.=DE Fla.=FL Ga.=GA Ill.=IL Ind.=IN Kan.=KS "
                + "Kans.=KS Ky.=KY La.=LA Md.=MD Mass.=MA Mich.=MI Minn.=MN Miss.=MS Mo.=MO Mont.=MT Neb.=NE Nebr.=NE "
                + "Nev.=NV N.H.=NH N.J.=NJ N.M.=NM N.Y.=NY N.C.=NC N.D.=ND Okla.=OK Ore.=OR Oreg.=OR Pa.=PA R.I.=RI "
                + "S.C.=SC S.D.=SD Tenn.=TN Tex.=TX Vt.=VT Va.=VA Wash.=WA W.Va.=WV Wis.=WI Wyo.=WY D.C.=DC B.C.=CA:02 NSW=AU:02";
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
