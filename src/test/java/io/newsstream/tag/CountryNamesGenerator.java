package io.newsstream.tag;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One-off generator of the first draft of {@code src/main/resources/gazetteer/countries.tsv}: ISO
 * 3166-1 codes from {@link Locale#getISOCountries()}, country names from the JDK's CLDR display
 * names in en/ru/uk/de/fr/es, and a guessed inflection class per word from the word's ending.
 * The output was then reviewed and corrected by hand; the committed file is the reference, so do
 * not regenerate over it (run it to a scratch file and diff when the JDK's CLDR data changes).
 *
 * <p>Run: {@code java src/test/java/io/newsstream/tag/CountryNamesGenerator.java /tmp/countries.tsv}
 */
public final class CountryNamesGenerator {

    private static final List<String> LANGUAGES = List.of("en", "ru", "uk", "de", "fr", "es");
    private static final Set<String> CONJUNCTIONS = Set.of("и", "і", "та", "and", "und", "et", "y", "&");

    private CountryNamesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "countries.tsv");
        String snapshot = args.length > 1 ? args[1] : "2025-08-13";
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# Country names, first drafted by CountryNamesGenerator (JDK " + System.getProperty("java.version")
                    + " CLDR display names) then reviewed by hand. See README.md.");
            w.println("# country <code> <English name> <provenance>");
            w.println("# cname <code> <lang> <kind> <form> <classes, one per word or one for all; - = indeclinable> [flags]");
            for (String code : Locale.getISOCountries()) {
                Locale country = new Locale("", code);
                String english = englishName(country.getDisplayCountry(Locale.ENGLISH));
                w.println(String.join("\t", "country", code, english,
                        "source=ISO 3166-1 via JDK Locale.getISOCountries, names CLDR via JDK; snapshot=" + snapshot));
                for (String lang : LANGUAGES) {
                    String raw = country.getDisplayCountry(Locale.forLanguageTag(lang));
                    for (String form : cleanForms(raw)) {
                        w.println(String.join("\t", "cname", code, lang, "name", form, classes(lang, form), ""));
                    }
                }
            }
        }
    }

    private static String englishName(String s) {
        return cleanForms(s).get(0);
    }

    /** Display names cleaned into matchable forms: no brackets, no "&", no abbreviations like "о-ва". */
    static List<String> cleanForms(String raw) {
        List<String> out = new ArrayList<>();
        String s = raw.replace(" & ", " and ").replace("\u2019", "'").replaceAll(" [-\u2013\u2014] ", "-");
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma);
        }
        int bracket = s.indexOf(" (");
        if (bracket > 0) {
            String inner = s.substring(bracket + 2, s.indexOf(')', bracket));
            s = s.substring(0, bracket);
            if (!inner.contains("США") && !inner.contains("САР") && !inner.contains("Великобритания")
                    && !inner.equals("China")) {
                out.add(inner);
            }
        }
        s = s.replace(" SAR China", "");
        if (s.startsWith("St. ")) {
            out.add(0, "Saint " + s.substring(4));
        }
        if (s.contains("о-в") || s.contains("Св.")) {
            return out;
        }
        out.add(0, s);
        return out;
    }

    static String classes(String lang, String form) {
        if (!lang.equals("ru") && !lang.equals("uk")) {
            if (lang.equals("de") && !form.contains(" ") && !form.contains("-") && !form.matches(".*[sxzß]")) {
                return "de-s";
            }
            return "-";
        }
        String[] words = form.split("[ \\-]");
        String[] classes = new String[words.length];
        boolean headDone = false;
        int pos = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            pos += w.length();
            boolean beforeHyphen = pos < form.length() && form.charAt(pos) == '-';
            pos++;
            boolean last = i == words.length - 1;
            if (CONJUNCTIONS.contains(w)) {
                classes[i] = "-";
                headDone = false;
                continue;
            }
            if (beforeHyphen || w.equals(w.toUpperCase(Locale.ROOT)) || w.equals("Острів")) {
                classes[i] = "-";
                continue;
            }
            if (w.equals("Острова")) {
                classes[i] = headDone ? "-" : "ru-pl-a";
                headDone = true;
                continue;
            }
            if (w.equalsIgnoreCase("Острови")) {
                classes[i] = headDone ? "-" : "uk-pl-iv";
                headDone = true;
                continue;
            }
            if (headDone) {
                classes[i] = "-";
                continue;
            }
            String adj = last ? null : adjectiveClass(lang, w);
            if (adj != null) {
                classes[i] = adj;
                continue;
            }
            classes[i] = nounClass(lang, w);
            headDone = true;
        }
        boolean allIndeclinable = true;
        for (String c : classes) {
            allIndeclinable &= c.equals("-");
        }
        return allIndeclinable ? "-" : String.join(" ", classes);
    }

    private static String adjectiveClass(String lang, String w) {
        if (lang.equals("ru")) {
            if (w.endsWith("ая") || w.endsWith("яя")) {
                return w.endsWith("ая") ? "ru-adj-f" : null;
            }
            if (w.endsWith("ое")) {
                return "ru-adj-n";
            }
            if (w.endsWith("ые")) {
                return "ru-adj-pl";
            }
            if (w.endsWith("ие")) {
                return "ru-adj-k-pl";
            }
            if (w.endsWith("ый")) {
                return "ru-adj-m";
            }
            if (w.endsWith("кий")) {
                return "ru-adj-k-m";
            }
            return null;
        }
        if (w.matches(".*(на|ька|ська|цька|ова|ика|ва)") && Character.isUpperCase(w.charAt(0))) {
            return "uk-adj-f";
        }
        if (w.endsWith("ий")) {
            return "uk-adj-m";
        }
        if (w.endsWith("ські") || w.endsWith("ні") || w.endsWith("ові") || w.endsWith("ені") || w.endsWith("кі")) {
            return "uk-adj-pl";
        }
        if (w.endsWith("ське") || w.endsWith("не")) {
            return "uk-adj-n";
        }
        return null;
    }

    private static String nounClass(String lang, String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (lang.equals("ru")) {
            if (lower.endsWith("ия")) {
                return "ru-iya";
            }
            if (lower.endsWith("я")) {
                return "ru-ya";
            }
            if (lower.matches(".*[аоуеиэ]а")) {
                return "-";
            }
            if (lower.matches(".*[кгх]а")) {
                return "ru-a-k";
            }
            if (lower.matches(".*[жшщчц]а")) {
                return "ru-a-sh";
            }
            if (lower.endsWith("а")) {
                return "ru-a";
            }
            if (lower.endsWith("ий")) {
                return "ru-ij";
            }
            if (lower.endsWith("й")) {
                return "ru-j";
            }
            if (lower.endsWith("русь")) {
                return "ru-soft-f";
            }
            if (lower.endsWith("ь")) {
                return "ru-soft-m";
            }
            if (lower.endsWith("ы")) {
                return "ru-pl-zero";
            }
            if (lower.matches(".*[аеёиоуыэюя]$")) {
                return "-";
            }
            if (lower.endsWith("ет")) {
                return "ru-m-et";
            }
            if (lower.matches(".*[жшщчц]")) {
                return "ru-m-c";
            }
            return "ru-m";
        }
        if (lower.endsWith("ія")) {
            return "uk-iya";
        }
        if (lower.endsWith("я")) {
            return "uk-ya";
        }
        if (lower.matches(".*[аоуеиі]а")) {
            return "-";
        }
        if (lower.endsWith("ка")) {
            return "uk-ka";
        }
        if (lower.endsWith("га")) {
            return "uk-ga";
        }
        if (lower.matches(".*[жшщч]а")) {
            return "uk-a-sh";
        }
        if (lower.endsWith("а")) {
            return "uk-a";
        }
        if (lower.endsWith("ій")) {
            return "uk-ij";
        }
        if (lower.endsWith("й")) {
            return "uk-j";
        }
        if (lower.endsWith("русь")) {
            return "uk-soft-f";
        }
        if (lower.endsWith("ь")) {
            return "uk-soft-m";
        }
        if (lower.endsWith("и")) {
            return "uk-pl-zero";
        }
        if (lower.matches(".*[аеєиіїоуюя]$")) {
            return "-";
        }
        if (lower.endsWith("ет")) {
            return "uk-m-et";
        }
        return "uk-m-u";
    }
}
