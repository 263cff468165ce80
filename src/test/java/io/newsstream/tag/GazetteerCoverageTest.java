package io.newsstream.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The leader data covers every UN member state: {@code un-members.tsv} names each member's head of
 * state and head of government on the snapshot date, and each named leader exists and holds a
 * current role of that country then. One dynamic test per region, so a region's gaps are listed
 * together.
 */
class GazetteerCoverageTest {

    static final LocalDate SNAPSHOT = LocalDate.parse("2025-08-13");
    private static final String VACANT = "vacant";
    /** Notes that allow a head of state who is another country's leader. */
    private static final List<String> FOREIGN_HEAD_NOTES = List.of("realm", "co-prince");
    /**
     * Roles several people hold at once in one country: Bosnia and Herzegovina's three-member
     * presidency, San Marino's two captains regent, Andorra's two co-princes, Switzerland's
     * seven-member Federal Council.
     */
    private static final Set<String> COLLECTIVE_ROLES =
            Set.of("presidency-member", "captain-regent", "co-prince", "federal-councillor");

    private final Gazetteer gazetteer = Gazetteer.loadDefault();

    record Member(int line, String code, String region, String headOfState, String headOfGovernment,
                  String name, String note) {
    }

    static List<Member> members() {
        InputStream in = GazetteerCoverageTest.class.getResourceAsStream("/gazetteer/un-members.tsv");
        assertThat(in).as("un-members.tsv on the classpath").isNotNull();
        List<Member> members = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f[0]).as("line %d", n).isEqualTo("member");
                assertThat(f.length).as("line %d fields", n).isBetween(6, 7);
                members.add(new Member(n, f[1], f[2], f[3], f[4], f[5], f.length > 6 ? f[6] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }

    @Test
    void theMemberListHasTheUn193WithIsoCodes() {
        List<Member> members = members();
        Set<String> codes = new HashSet<>();
        members.forEach(m -> codes.add(m.code()));
        assertThat(members).hasSize(193);
        assertThat(codes).hasSize(193);
        assertThat(Arrays.asList(Locale.getISOCountries())).containsAll(codes);
        // observers and disputed states are not members
        assertThat(codes).doesNotContain("VA", "PS", "TW", "XK", "EH");
    }

    @TestFactory
    Stream<DynamicTest> everyMemberHasItsHeadsInTheLeaderData() {
        Map<String, List<Member>> byRegion = new LinkedHashMap<>();
        members().forEach(m -> byRegion.computeIfAbsent(m.region(), k -> new ArrayList<>()).add(m));
        return byRegion.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            List<String> problems = new ArrayList<>();
            for (Member m : e.getValue()) {
                check(m, m.headOfState(), "head of state", problems);
                check(m, m.headOfGovernment(), "head of government", problems);
            }
            assertThat(problems).as("un-members.tsv, region %s", e.getKey()).isEmpty();
        }));
    }

    private void check(Member m, String id, String office, List<String> problems) {
        String where = "line " + m.line() + " " + m.code() + " " + office + ": ";
        if (id.equals("?")) {
            problems.add(where + "not compiled yet");
            return;
        }
        if (id.equals(VACANT)) {
            if (m.note().isBlank()) {
                problems.add(where + "vacant without a note saying why");
            }
            return;
        }
        Leader leader = gazetteer.leaders().get(id);
        if (leader == null) {
            problems.add(where + "no leader " + id);
            return;
        }
        String role = leader.roleOn(SNAPSHOT);
        if (role == null || role.startsWith("former-")) {
            problems.add(where + id + " holds no role on " + SNAPSHOT + " (" + role + ")");
        }
        boolean foreignAllowed = FOREIGN_HEAD_NOTES.stream().anyMatch(m.note()::contains);
        if (!leader.country().equals(m.code()) && !foreignAllowed) {
            problems.add(where + id + " leads " + leader.country() + ", not " + m.code());
        }
    }

    @Test
    void noTwoLeadersHoldTheSameOfficeAtOnce() {
        Map<String, List<Leader>> byCountry = new HashMap<>();
        gazetteer.leaders().values().forEach(l -> byCountry.computeIfAbsent(l.country(), k -> new ArrayList<>()).add(l));
        List<String> clashes = new ArrayList<>();
        byCountry.forEach((country, leaders) -> {
            for (int i = 0; i < leaders.size(); i++) {
                for (int j = i + 1; j < leaders.size(); j++) {
                    for (Term a : leaders.get(i).terms()) {
                        for (Term b : leaders.get(j).terms()) {
                            if (a.role().equals(b.role()) && !COLLECTIVE_ROLES.contains(a.role()) && a.overlaps(b)) {
                                clashes.add(country + " " + a.role() + ": " + leaders.get(i).id() + " " + a
                                        + " and " + leaders.get(j).id() + " " + b);
                            }
                        }
                    }
                }
            }
        });
        assertThat(clashes).isEmpty();
    }
}
