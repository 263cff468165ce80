package io.newsstream.tag;

import io.newsstream.model.CountryTag;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.Span;
import io.newsstream.model.Tags;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the countries and political leaders a text mentions.
 *
 * <p>The text is cut into word tokens; at each token the longest gazetteer phrase that starts
 * there, fits the capitalisation rules and is allowed in context wins, and scanning resumes after
 * it, so every mention is counted once ("Владимир Путин" is one Putin mention, "Северной Кореи"
 * one North Korea mention). Surnames marked {@code after-full} ("Ким", "Си") only count after the
 * leader's full name appeared earlier in the same text. A phrase that several countries or
 * leaders share, or a blocking phrase ("New Mexico", "Atlanta, Georgia"), consumes its words and
 * tags nothing.
 *
 * <p>Language: names of the given language plus language-neutral ones are looked up; for
 * {@code und}, null or a language without data, the names of every language are (recall over
 * precision only where the language is unknown).
 *
 * <p>Thread-safe: the gazetteer is immutable and each call keeps its state on the stack.
 */
public final class Tagger {

    /** Words after which a capital city is a place, not its government (keys: lower case). */
    private static final Map<String, Set<String>> PLACE_PREPOSITIONS = Map.of(
            "en", Set.of("in", "at", "to", "from", "into", "near", "via", "toward", "towards", "outside"),
            "ru", Set.of("в", "во", "из", "под", "до", "через"),
            "uk", Set.of("в", "у", "до", "під", "через"),
            "de", Set.of("in", "nach", "aus", "bei"),
            "fr", Set.of("vers", "depuis"),
            "es", Set.of("en", "a", "hacia", "desde"),
            "it", Set.of("a", "in", "da", "verso"),
            "pl", Set.of("w", "we", "do", "pod"),
            "pt", Set.of("em", "para", "a", "até"));

    /**
     * French "à" + a capital is the city as a place ("attendu à Washington", "un sommet à Luanda"),
     * unless one of these words of giving or addressing stands shortly before it: then the city is
     * the government on the receiving end ("l'aide à Kiev", "Kinshasa reproche à Kigali",
     * "l'envoi de ses Leopard à Kiev"). Keys: lower case.
     */
    private static final Map<String, Set<String>> DATIVE_PREPOSITIONS = Map.of("fr", Set.of("à"));
    private static final Set<String> DATIVE_HEADS = Set.of(
            "aide", "aides", "soutien", "appui", "livraison", "livraisons", "livrer", "livre", "livré", "livrés",
            "livrées", "livrera", "envoi", "envois", "envoyer", "envoie", "envoyé", "envoyés", "fournir", "fourni",
            "fournit", "fournis", "reproche", "reprochent", "reprocher", "reproché", "demande", "demandent",
            "demander", "demandé", "propose", "proposé", "proposer", "répond", "répondu", "répondre", "promis",
            "promet", "promettre", "accorde", "accordé", "accorder", "vendre", "vend", "vendu", "vente", "ventes",
            "transfert", "transférer", "adresse", "adressé", "lancé", "ultimatum", "offre", "offert", "offrir",
            "impose", "imposé", "imposer", "prêt", "prêts", "dons", "don", "crédit", "crédits", "rappelle",
            "rappelé", "signifié", "reprochait", "demandait", "cède", "céder", "cédé", "restituer", "rendre");
    /** How many words before "à" a dative head may stand ("l'envoi de ses Leopard à Kiev": 4). */
    private static final int DATIVE_HEAD_WINDOW = 4;

    /**
     * Words of hosting and arriving: a seat of government named after a place preposition within a
     * few words of one of these is the building where someone is received ("reçu lundi à la Maison
     * Blanche", "begrüßte den »lieben Freund« im Kreml", "las invitó a la Moncloa", "przyjął
     * Nawrockiego w Białym Domu"), not the office speaking ("в Кремле заявили"). Keys: lower case.
     */
    private static final Set<String> HOSTING_WORDS = Set.of(
            "received", "receives", "receive", "receiving", "welcomed", "welcomes", "welcome", "hosted", "hosts",
            "hosting", "invited", "invites", "greeted", "arrived", "arrives", "met",
            "reçu", "reçue", "reçus", "reçues", "reçoit", "recevra", "recevait", "accueilli", "accueillie",
            "accueillis", "accueille", "accueillera", "invité", "invitée", "invités", "invitées", "invite",
            "arrivé", "arrivée", "arrivés", "attendu", "attendue", "attendus", "rencontré",
            "begrüßte", "begrüßt", "begrüßen", "empfing", "empfängt", "empfangen", "eingeladen", "lud", "traf",
            "trafen", "getroffen", "eingetroffen",
            "recibió", "recibe", "recibido", "recibida", "recibirá", "invitó", "invita", "invitado", "invitada",
            "invitados", "invitadas", "acogió", "llegó",
            "ricevuto", "ricevuta", "riceve", "ricevette", "riceverà", "accolto", "accolta", "accoglie",
            "invitato", "invitata", "invitati", "arrivato", "arrivata",
            "recebeu", "recebe", "recebido", "recebida", "receberá", "convidou", "convidado", "convidada",
            "acolheu", "chegou",
            "przyjął", "przyjęła", "przyjmie", "przyjmował", "przyjmuje", "gościł", "gości", "podejmował",
            "zaprosił", "zaprosiła", "zaproszony", "przybył", "przybyła",
            "przyjęto", "przyjmowano", "goszczono",
            "принял", "приняла", "приняли", "принимал", "принимали", "принимает", "примет", "встретил",
            "встретила", "встретили", "пригласил", "пригласила", "приглашен", "прибыл", "прибыла",
            "прийняв", "прийняла", "прийняли", "приймав", "приймали", "приймала", "приймає", "прийме", "зустрів", "зустріла", "запросив", "запросила",
            "прибув", "прибула");
    /** Prepositions (with contracted articles) before a seat as a building, beyond {@link #PLACE_PREPOSITIONS}. */
    private static final Map<String, Set<String>> SEAT_PREPOSITIONS = Map.of(
            "fr", Set.of("à", "au", "dans"),
            "de", Set.of("im", "ins", "am", "zum"),
            "es", Set.of("al"),
            "it", Set.of("al", "nel", "alla", "nella"),
            "pt", Set.of("no", "na", "ao", "à"),
            "uk", Set.of("на"),
            "ru", Set.of("на"));
    /** Articles that may stand between such a preposition and the seat ("à la Maison Blanche", "a la Moncloa"). */
    private static final Set<String> ARTICLES = Set.of("the", "la", "le", "el", "o", "a", "der", "dem", "das", "den");
    /** How many words before the preposition a hosting word may stand. */
    private static final int HOSTING_WINDOW = 6;
    /** How many words after the seat, without punctuation between, a hosting word may stand. */
    private static final int HOSTING_AFTER_WINDOW = 4;

    /** Verbs of hosting an event, after a capital: the city as the venue. Keys: lower case. */
    private static final Set<String> VENUE_WORDS = Set.of(
            "hosts", "hosted", "host", "hosting", "accueillera", "accueille", "accueillait", "accueillit",
            "richtet", "richtete", "acogerá", "acoge", "acogió", "ospiterà", "ospita", "ospitava", "ospitò",
            "sediará", "sedia", "sediou", "gości", "ugości");

    /** English nouns naming a part of a city: "the streets of Madrid" is the place, not the government. */
    private static final Set<String> CITY_PARTS = Set.of("streets", "outskirts", "suburbs", "centre", "center",
            "mayor", "residents", "heart", "city", "port", "airport", "districts");

    /** "and" in the supported languages, for places coordinated after one preposition. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "und", "et", "y", "e", "i", "и", "та", "і", "oraz");

    /**
     * Capitalised words that stand before a leader's surname without being a first name: titles
     * ("President Trump", "Kanzler Scholz", "Premier Meloni"), lower-cased.
     */
    private static final Set<String> TITLES = Set.of(
            "president", "prime", "minister", "chancellor", "premier", "leader", "mr", "mrs", "ms", "dr",
            "comrade", "chairman", "general", "secretary", "senator", "governor", "former",
            "präsident", "präsidentin", "kanzler", "kanzlerin", "herr", "frau", "staatschef", "regierungschef",
            "président", "presidente", "premiê", "prezydent", "premiera", "prezydenta", "premierem",
            "президент", "премьер", "президента", "прем'єр", "пан", "пані", "господин",
            // monarchs', military rulers' and courtesy titles, as capitalised before a name
            // (King Charles, Colonel Goïta, Captain Traoré, Emir Tamim, Sheikh Mohamed)
            "king", "queen", "prince", "princess", "emir", "sultan", "sheikh", "colonel", "captain", "lieutenant",
            "marshal", "pope",
            "könig", "königin", "prinz", "kronprinz", "scheich", "oberst", "hauptmann", "papst",
            "roi", "reine", "cheikh", "émir", "capitaine", "général", "pape", "mme",
            "rey", "reina", "príncipe", "jeque", "coronel", "capitán", "papa", "presidenta",
            "regina", "principe", "sceicco", "colonnello", "capitano", "generale",
            "rei", "rainha", "xeque", "capitão",
            "król", "królowa", "książę", "szejk", "pułkownik", "kapitan", "generał", "papież", "pani",
            "король", "королева", "принц", "шейх", "эмир", "султан", "полковник", "капитан", "генерал",
            "емір", "капітан");
    /** Endings of German compound titles ("Bundeskanzler", "Kremlchef", "US-Präsident" is split at the hyphen). */
    private static final List<String> TITLE_SUFFIXES = List.of("kanzler", "kanzlerin", "chef", "chefin", "präsident",
            "präsidentin", "minister", "ministerin", "führer", "führerin", "herrscher", "haber");

    private final Gazetteer gazetteer;

    public Tagger(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * Tags {@code text}.
     *
     * @param text     the normalized article text; spans point into it
     * @param language ISO 639-1 code, or {@code und}
     * @param asOf     the day the leaders' roles are taken on (publication date); null = latest role
     */
    public Tags tag(String text, String language, LocalDate asOf) {
        if (text == null || text.isEmpty()) {
            return Tags.NONE;
        }
        Tokens tokens = Tokens.of(text);
        PhraseTrie trie = gazetteer.trieFor(language);
        final String primary = primaryLanguage(language);
        Map<String, List<Span>> countrySpans = new LinkedHashMap<>();
        Map<String, List<Span>> leaderSpans = new LinkedHashMap<>();
        Set<String> fullyNamed = new HashSet<>();

        int i = 0;
        while (i < tokens.size) {
            if (!trie.mayStartAt(tokens, i)) {
                i++;
                continue;
            }
            PhraseTrie.Node node = trie.root(tokens.key(i));
            Entry best = null;
            int bestEnd = -1;
            boolean bestBlocked = false;
            int j = i;
            while (node != null) {
                Entry[] candidates = node.entries();
                if (candidates.length > 0) {
                    Entry chosen = null;
                    boolean blocked = false;
                    for (Entry e : candidates) {
                        if (!fits(e, tokens, i, j, fullyNamed, primary)) {
                            continue;
                        }
                        if (e.target() == Entry.Target.BLOCK) {
                            blocked = true;
                        } else if (chosen == null) {
                            chosen = e;
                        } else if (!chosen.targetId().equals(e.targetId())) {
                            blocked = true; // shared by two countries/leaders: ambiguous, tag nothing
                        }
                    }
                    if (blocked || chosen != null) {
                        best = chosen;
                        bestBlocked = blocked;
                        bestEnd = j;
                    }
                }
                if (j + 1 >= tokens.size || tokens.gapBefore[j + 1] == Tokens.GAP_BREAK) {
                    break;
                }
                node = node.child(tokens.gapBefore[j + 1], tokens.key(j + 1));
                j++;
            }
            if (bestEnd < 0) {
                i++;
                continue;
            }
            if (!bestBlocked && best != null) {
                Span span = new Span(tokens.start[i], tokens.end[bestEnd]);
                if (best.target() == Entry.Target.COUNTRY) {
                    countrySpans.computeIfAbsent(best.targetId(), k -> new ArrayList<>()).add(span);
                } else {
                    leaderSpans.computeIfAbsent(best.targetId(), k -> new ArrayList<>()).add(span);
                    if (best.isFull()) {
                        fullyNamed.add(best.targetId());
                    }
                }
            }
            i = bestEnd + 1;
        }
        if (countrySpans.isEmpty() && leaderSpans.isEmpty()) {
            return Tags.NONE;
        }
        return new Tags(countryTags(countrySpans), leaderTags(leaderSpans, asOf));
    }

    private static boolean fits(Entry e, Tokens tokens, int from, int to, Set<String> fullyNamed, String language) {
        Entry.Casing[] casing = e.casing();
        for (int t = from; t <= to; t++) {
            switch (casing[t - from]) {
                case ALL_CAPS -> {
                    if (!tokens.isAllCaps(t)) {
                        return false;
                    }
                }
                case INITIAL -> {
                    if (!tokens.startsUpper(t)) {
                        return false;
                    }
                }
                case ANY -> { }
                default -> throw new IllegalStateException();
            }
        }
        if (casing[0] == Entry.Casing.ALL_CAPS && inCapitalisedRun(tokens, from, to)) {
            return false; // "HELP US", "EAU POTABLE": a word of a text in capitals, not the abbreviation
        }
        if (e.noStart() && tokens.sentenceStart[from]) {
            return false;
        }
        if (e.noName() && (followedByCapitalisedWord(tokens, to) || precededByCapitalisedWord(tokens, from))) {
            return false; // "Georgia Smith", "Michael Jordan": a person's name, not the country
        }
        if (e.isCapital() && afterPlacePreposition(tokens, from, language)) {
            return false; // "talks in Moscow", "в Киеве": the city as a place, not its government
        }
        if (e.isCapital() && hostsAnEvent(tokens, to)) {
            return false; // "Séoul accueillera le sommet": the city as the venue
        }
        if (e.isSeat() && hostedAtSeat(tokens, from, to, language)) {
            return false; // "received him at the White House": the building, not the office
        }
        if (e.isSurnameOnly() && (anotherPersonsFirstName(tokens, from)
                || e.isAfterFull() && anotherPersonsGivenNames(tokens, to, language))) {
            return false; // "Melania Trump", "Kim Min-jae": someone else with the leader's surname
        }
        return !e.isAfterFull() || fullyNamed.contains(e.targetId());
    }

    /** "pt-BR" → "pt", "EN" → "en"; null stays null (unknown: no language-specific context rules). */
    private static String primaryLanguage(String language) {
        if (language == null) {
            return null;
        }
        String primary = language.toLowerCase(Locale.ROOT);
        int sep = primary.indexOf('-') >= 0 ? primary.indexOf('-') : primary.indexOf('_');
        return sep > 0 ? primary.substring(0, sep) : primary;
    }

    /** True when the word right before {@code t} is a preposition of place or direction in {@code language}. */
    static boolean afterPlacePreposition(Tokens tokens, int t, String language) {
        if (t == 0 || tokens.gapBefore[t] != Tokens.GAP_SPACE) {
            return false;
        }
        Set<String> prepositions = language == null ? null : PLACE_PREPOSITIONS.get(language);
        if (prepositions == null) {
            return false;
        }
        if (prepositions.contains(tokens.key(t - 1))) {
            return true;
        }
        if (DATIVE_PREPOSITIONS.getOrDefault(language, Set.of()).contains(tokens.key(t - 1))) {
            return !dativeHeadBefore(tokens, t - 1); // "attendu à Washington", but "l'aide à Kiev"
        }
        // "the streets of Madrid", "the outskirts of Kyiv": a part of the city, so the city as a place
        if ("en".equals(language) && t >= 2 && "of".equals(tokens.key(t - 1))
                && tokens.gapBefore[t - 1] == Tokens.GAP_SPACE && CITY_PARTS.contains(tokens.key(t - 2))) {
            return true;
        }
        // coordinated places share the preposition: "nach Paris und Warschau", "to Paris and Berlin"
        return t >= 3 && CONJUNCTIONS.contains(tokens.key(t - 1)) && tokens.gapBefore[t - 1] == Tokens.GAP_SPACE
                && tokens.startsUpper(t - 2) && tokens.gapBefore[t - 2] == Tokens.GAP_SPACE
                && prepositions.contains(tokens.key(t - 3));
    }

    /**
     * True when the word right before or after {@code [from, to]} in the same sentence is written in
     * capitals too (three letters or more): a headline or a shout, where an abbreviation like US, EAU
     * or USA cannot be told from the common word written in capitals.
     */
    private static boolean inCapitalisedRun(Tokens tokens, int from, int to) {
        boolean before = from > 0 && !tokens.sentenceStart[from] && tokens.gapBefore[from] == Tokens.GAP_SPACE
                && tokens.length(from - 1) >= 3 && tokens.isAllCaps(from - 1);
        boolean after = to + 1 < tokens.size && !tokens.sentenceStart[to + 1]
                && tokens.gapBefore[to + 1] == Tokens.GAP_SPACE && tokens.length(to + 1) >= 3
                && tokens.isAllCaps(to + 1);
        return before || after;
    }

    /** True when a word of giving or addressing stands within a few words before {@code t}, in its sentence. */
    private static boolean dativeHeadBefore(Tokens tokens, int t) {
        for (int k = t - 1; k >= 0 && k >= t - DATIVE_HEAD_WINDOW && !tokens.sentenceStart[k + 1]; k--) {
            if (DATIVE_HEADS.contains(tokens.key(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the seat at {@code t} stands after a place preposition (and an optional article)
     * with a word of hosting or arriving shortly before, in the same sentence.
     */
    static boolean hostedAtSeat(Tokens tokens, int t, int to, String language) {
        if (language == null || t == 0 || tokens.sentenceStart[t]) {
            return false;
        }
        int p = t - 1;
        if (ARTICLES.contains(tokens.key(p)) && !tokens.sentenceStart[p] && p > 0) {
            p--;
        }
        String preposition = tokens.key(p);
        if (!PLACE_PREPOSITIONS.getOrDefault(language, Set.of()).contains(preposition)
                && !SEAT_PREPOSITIONS.getOrDefault(language, Set.of()).contains(preposition)) {
            return false;
        }
        for (int k = p - 1; k >= 0 && k >= p - HOSTING_WINDOW && !tokens.sentenceStart[k + 1]; k--) {
            if (HOSTING_WORDS.contains(tokens.key(k))) {
                return true;
            }
        }
        // "У Білому домі цього тижня приймали делегацію": the hosting word follows, in the same clause
        for (int k = to + 1; k < tokens.size && k <= to + HOSTING_AFTER_WINDOW
                && tokens.gapBefore[k] == Tokens.GAP_SPACE && !tokens.sentenceStart[k]; k++) {
            if (HOSTING_WORDS.contains(tokens.key(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word of hosting an event follows the capital at {@code to} within two words:
     * "Séoul accueillera un prochain rendez-vous", "Baku hosted the summit" — the city as the venue.
     */
    static boolean hostsAnEvent(Tokens tokens, int to) {
        for (int k = to + 1; k < tokens.size && k <= to + 2
                && tokens.gapBefore[k] == Tokens.GAP_SPACE && !tokens.sentenceStart[k]; k++) {
            if (VENUE_WORDS.contains(tokens.key(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a surname at {@code t} follows a capitalised word inside the sentence that is not a
     * title: a first name the gazetteer does not know ("Jill Biden"), so another person.
     */
    private static boolean anotherPersonsFirstName(Tokens tokens, int t) {
        if (!precededByCapitalisedWord(tokens, t) || tokens.isAllCaps(t - 1)) {
            return false;
        }
        String previous = tokens.key(t - 1);
        if (TITLES.contains(previous)) {
            return false;
        }
        for (String suffix : TITLE_SUFFIXES) {
            if (previous.endsWith(suffix)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a common surname at {@code t} ({@code after-full}: Kim, Li, Duda) is followed by a
     * capitalised word, as in names written surname first ("Kim Min-jae", "Li Wei"). Not in German,
     * where every noun is capitalised.
     */
    private static boolean anotherPersonsGivenNames(Tokens tokens, int t, String language) {
        return !"de".equals(language) && followedByCapitalisedWord(tokens, t) && !tokens.isAllCaps(t + 1);
    }

    private static boolean followedByCapitalisedWord(Tokens tokens, int t) {
        return t + 1 < tokens.size && tokens.gapBefore[t + 1] == Tokens.GAP_SPACE
                && tokens.startsUpper(t + 1) && !tokens.isPossessive(t);
    }

    private static boolean precededByCapitalisedWord(Tokens tokens, int t) {
        return t > 0 && tokens.gapBefore[t] == Tokens.GAP_SPACE && !tokens.sentenceStart[t - 1]
                && tokens.startsUpper(t - 1);
    }

    private List<CountryTag> countryTags(Map<String, List<Span>> spans) {
        List<CountryTag> out = new ArrayList<>(spans.size());
        spans.forEach((code, s) -> out.add(new CountryTag(code, gazetteer.countries().get(code), s.size(), s)));
        out.sort(Comparator.comparingInt(CountryTag::mentions).reversed().thenComparing(CountryTag::code));
        return out;
    }

    private List<LeaderTag> leaderTags(Map<String, List<Span>> spans, LocalDate asOf) {
        List<LeaderTag> out = new ArrayList<>(spans.size());
        spans.forEach((id, s) -> {
            Leader l = gazetteer.leaders().get(id);
            out.add(new LeaderTag(id, l.name(), l.country(), l.roleOn(asOf), s.size(), s));
        });
        out.sort(Comparator.comparingInt(LeaderTag::mentions).reversed().thenComparing(LeaderTag::id));
        return out;
    }
}
