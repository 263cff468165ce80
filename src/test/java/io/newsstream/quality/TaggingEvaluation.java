package io.newsstream.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.json.Json;
import io.newsstream.model.CountryTag;
import io.newsstream.model.LeaderTag;
import io.newsstream.model.Span;
import io.newsstream.model.Tags;
import io.newsstream.tag.Gazetteer;
import io.newsstream.tag.Tagger;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the real tagger on the labelled set in {@code src/test/resources/eval/tagging/} with the
 * rule of that set's README: per (article, entity) compare mention counts, tp = min(gold, pred),
 * fp = pred − tp, fn = gold − tp, micro-averaged; countries and leaders apart; role accuracy over
 * the (article, leader) pairs found in both.
 *
 * <p>Print the table and the per-article differences:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.newsstream.quality.TaggingEvaluation -Dexec.classpathScope=test}
 */
public final class TaggingEvaluation {

    /** The labelled set, relative to the project directory. */
    public static final Path DEFAULT_SET = Path.of("src/test/resources/eval/tagging/articles.jsonl");
    /** The annotation rules; their leader table is the closed list of leaders the gold covers. */
    public static final Path DEFAULT_RULES = Path.of("src/test/resources/eval/tagging/ANNOTATION.md");
    /** Key of the all-languages row. */
    public static final String OVERALL = "overall";

    /** One gold article. */
    record Article(String id, String language, LocalDate date, String text,
                   Map<String, List<String>> countries, Map<String, List<String>> leaders,
                   Map<String, String> roles) { }

    /** Micro-averaged counts of one kind (countries or leaders) over some articles. */
    public static final class Counts {
        private int tp;
        private int fp;
        private int fn;

        void add(int gold, int pred) {
            int t = Math.min(gold, pred);
            tp += t;
            fp += pred - t;
            fn += gold - t;
        }

        public int tp() {
            return tp;
        }

        public int fp() {
            return fp;
        }

        public int fn() {
            return fn;
        }

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /** Scores of one language (or of all: {@link #OVERALL}). */
    public static final class Score {
        private final Counts countries = new Counts();
        private final Counts leaders = new Counts();
        private int rolesCorrect;
        private int rolesCompared;
        private int articles;

        public Counts countries() {
            return countries;
        }

        public Counts leaders() {
            return leaders;
        }

        public double roleAccuracy() {
            return rolesCompared == 0 ? 1.0 : (double) rolesCorrect / rolesCompared;
        }

        public int articles() {
            return articles;
        }
    }

    /** A mismatch for one (article, entity): gold and predicted surfaces. */
    public record Difference(String articleId, String kind, String entity, List<String> gold, List<String> predicted) { }

    private final Map<String, Score> byLanguage = new TreeMap<>();
    private final List<Difference> differences = new ArrayList<>();
    private final List<String> roleErrors = new ArrayList<>();

    private final Set<String> leadersInScope;

    private TaggingEvaluation(Set<String> leadersInScope) {
        this.leadersInScope = leadersInScope;
    }

    /**
     * Tags every article of {@code set} with {@code tagger} and scores it. Predicted leaders outside
     * {@code leadersInScope} are ignored: the gold does not annotate them (ANNOTATION.md, section 2),
     * so tagging them is neither right nor wrong here.
     */
    public static TaggingEvaluation run(Tagger tagger, Path set, Set<String> leadersInScope) {
        TaggingEvaluation ev = new TaggingEvaluation(Set.copyOf(leadersInScope));
        for (Article a : read(set)) {
            ev.score(a, tagger.tag(a.text(), a.language(), a.date()));
        }
        return ev;
    }

    /** Scores the bundled gazetteer on the default set. */
    public static TaggingEvaluation runDefault() {
        return run(new Tagger(Gazetteer.loadDefault()), DEFAULT_SET, leadersInScope(DEFAULT_RULES));
    }

    /** The leader ids of the rules' table: rows like {@code | `vladimir-putin` | RU | president |}. */
    static Set<String> leadersInScope(Path rules) {
        Pattern row = Pattern.compile("^\\| `([a-z-]+)` \\| [A-Z]{2} \\|");
        Set<String> ids = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(rules, StandardCharsets.UTF_8)) {
                Matcher m = row.matcher(line);
                if (m.find()) {
                    ids.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + rules, e);
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no leader table in " + rules);
        }
        return ids;
    }

    /** Scores per language plus {@link #OVERALL}, languages in alphabetical order, overall last. */
    public Map<String, Score> scores() {
        Map<String, Score> out = new LinkedHashMap<>(byLanguage);
        out.remove(OVERALL);
        out.put(OVERALL, byLanguage.get(OVERALL));
        return out;
    }

    public List<Difference> differences() {
        return List.copyOf(differences);
    }

    private void score(Article a, Tags tags) {
        Score lang = byLanguage.computeIfAbsent(a.language(), k -> new Score());
        Score all = byLanguage.computeIfAbsent(OVERALL, k -> new Score());
        lang.articles++;
        all.articles++;
        Map<String, List<String>> predCountries = new TreeMap<>();
        for (CountryTag c : tags.countries()) {
            predCountries.put(c.code(), surfaces(a.text(), c.spans()));
        }
        Map<String, List<String>> predLeaders = new TreeMap<>();
        Map<String, String> predRoles = new TreeMap<>();
        for (LeaderTag l : tags.leaders()) {
            if (!leadersInScope.contains(l.id())) {
                continue;
            }
            predLeaders.put(l.id(), surfaces(a.text(), l.spans()));
            predRoles.put(l.id(), l.role());
        }
        compare(a.id(), "country", a.countries(), predCountries, lang.countries, all.countries);
        compare(a.id(), "leader", a.leaders(), predLeaders, lang.leaders, all.leaders);
        for (Map.Entry<String, String> gold : a.roles().entrySet()) {
            if (predRoles.containsKey(gold.getKey())) {
                boolean ok = gold.getValue().equals(predRoles.get(gold.getKey()));
                for (Score s : List.of(lang, all)) {
                    s.rolesCompared++;
                    s.rolesCorrect += ok ? 1 : 0;
                }
                if (!ok) {
                    roleErrors.add(a.id() + " " + gold.getKey() + ": gold " + gold.getValue()
                            + ", predicted " + predRoles.get(gold.getKey()));
                }
            }
        }
    }

    private void compare(String id, String kind, Map<String, List<String>> gold, Map<String, List<String>> pred,
                         Counts lang, Counts all) {
        TreeSet<String> keys = new TreeSet<>(gold.keySet());
        keys.addAll(pred.keySet());
        for (String key : keys) {
            List<String> g = gold.getOrDefault(key, List.of());
            List<String> p = pred.getOrDefault(key, List.of());
            lang.add(g.size(), p.size());
            all.add(g.size(), p.size());
            if (g.size() != p.size()) {
                differences.add(new Difference(id, kind, key, g, p));
            }
        }
    }

    private static List<String> surfaces(String text, List<Span> spans) {
        List<String> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(text.substring(s.start(), s.end()));
        }
        return out;
    }

    static List<Article> read(Path set) {
        List<Article> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.mapper().readTree(line);
                Map<String, List<String>> countries = new TreeMap<>();
                n.path("gold").path("countries").properties()
                        .forEach(e -> countries.put(e.getKey(), strings(e.getValue())));
                Map<String, List<String>> leaders = new TreeMap<>();
                Map<String, String> roles = new TreeMap<>();
                n.path("gold").path("leaders").properties().forEach(e -> {
                    leaders.put(e.getKey(), strings(e.getValue().path("mentions")));
                    roles.put(e.getKey(), e.getValue().path("role").asText());
                });
                LocalDate date = OffsetDateTime.parse(n.path("published_at").asText())
                        .atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                out.add(new Article(n.path("id").asText(), n.path("language").asText(), date,
                        n.path("text").asText(), countries, leaders, roles));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + set, e);
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }

    /** The score table as Markdown. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append("| language | articles | countries P | R | F1 | tp/fp/fn | leaders P | R | F1 | tp/fp/fn | role acc. |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        scores().forEach((lang, s) -> b.append(String.format(Locale.ROOT,
                "| %s | %d | %.3f | %.3f | %.3f | %d/%d/%d | %.3f | %.3f | %.3f | %d/%d/%d | %.3f |%n",
                OVERALL.equals(lang) ? "**overall**" : lang, s.articles(),
                s.countries().precision(), s.countries().recall(), s.countries().f1(),
                s.countries().tp(), s.countries().fp(), s.countries().fn(),
                s.leaders().precision(), s.leaders().recall(), s.leaders().f1(),
                s.leaders().tp(), s.leaders().fp(), s.leaders().fn(), s.roleAccuracy())));
        return b.toString();
    }

    /** Every (article, entity) whose counts differ, with the surfaces on both sides, then role errors. */
    public String differenceListing() {
        StringBuilder b = new StringBuilder();
        for (Difference d : differences) {
            List<String> missed = new ArrayList<>(d.gold());
            List<String> spurious = new ArrayList<>();
            for (String p : d.predicted()) {
                if (!missed.remove(p)) {
                    spurious.add(p);
                }
            }
            b.append(String.format(Locale.ROOT, "%s %s %s gold=%d pred=%d missed=%s spurious=%s%n",
                    d.articleId(), d.kind(), d.entity(), d.gold().size(), d.predicted().size(), missed, spurious));
        }
        roleErrors.forEach(r -> b.append("role ").append(r).append('\n'));
        return b.toString();
    }

    /** Prints the table and the differences; an optional argument names another set file. */
    public static void main(String[] args) {
        Path set = args.length > 0 ? Path.of(args[0]) : DEFAULT_SET;
        TaggingEvaluation ev = run(new Tagger(Gazetteer.loadDefault()), set, leadersInScope(DEFAULT_RULES));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.print(ev.table());
        out.println();
        out.print(ev.differenceListing());
        out.flush();
    }
}
