package org.sitrep.annotate;

/**
 * One token of the text.
 *
 * @param index    position among all tokens of the document
 * @param sentence index of its sentence
 * @param word     the token as written
 * @param ner      the statistical NER label: PERSON, ORGANIZATION, LOCATION, MISC or O
 */
public record Token(int index, int sentence, String word, int start, int end, String pos, String lemma, String ner) {

    public boolean isCapitalized() { return !word.isEmpty() && Character.isUpperCase(word.charAt(0)); }

    public boolean isNumber() { return "CD".equals(pos); }
}
