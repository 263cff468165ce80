package io.newsstream.tag;

/**
 * One generated surface form of one gazetteer name, as stored in the phrase trie.
 *
 * @param target     what a match means
 * @param targetId   country code or leader id; null for blocking entries
 * @param language   language of the name, {@code mul} for names written alike in all
 * @param kind       the name's kind from the data ({@code name}, {@code abbr}, {@code demonym},
 *                   {@code metonym}, {@code capital}, {@code full}, {@code surname}, {@code after-full}, {@code block})
 * @param casing     per token: what the text's capitalisation must be
 * @param noStart    not matched as the first word of a sentence (the name is also a common word)
 * @param noName     not matched right before a capitalised word (the name is also a first name)
 */
record Entry(Target target, String targetId, String language, String kind, Casing[] casing,
             boolean noStart, boolean noName) {

    enum Target { COUNTRY, LEADER, BLOCK }

    enum Casing {
        /** The lemma token is in capitals (США, UK): the text token must be too. */
        ALL_CAPS,
        /** The lemma token starts with a capital (Россия, Trump): so must the text token. */
        INITIAL,
        /** The lemma token is lower case (российский, дом): any capitalisation. */
        ANY;

        static Casing of(String token) {
            int letters = 0;
            int upper = 0;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            if (letters >= 2 && upper == letters) {
                return ALL_CAPS;
            }
            return letters > 0 && Character.isUpperCase(token.charAt(0)) ? INITIAL : ANY;
        }
    }

    boolean isAfterFull() {
        return "after-full".equals(kind);
    }

    /** A capital city standing for its government ("Moscow said"); a place after a place preposition. */
    boolean isCapital() {
        return "capital".equals(kind);
    }

    /** A seat of government standing for it ("the Kremlin said"); a building where someone is hosted there. */
    boolean isSeat() {
        return "metonym".equals(kind);
    }

    /** A leader's surname alone ({@code surname} or {@code after-full}), without a first name. */
    boolean isSurnameOnly() {
        return target == Target.LEADER && ("surname".equals(kind) || isAfterFull());
    }

    boolean isFull() {
        return "full".equals(kind);
    }
}
