package io.hirestage.candidate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The telling words of a skill: "Database modelling and query optimisation" is looked for as database, modelling, query, optimisation. */
final class SkillWords {

    private static final Set<String> FILLER = Set.of("and", "the", "for", "with", "understanding", "mastery", "analysis", "system",
            "systems", "structuring", "control", "across", "teams", "during", "under", "clear");

    private SkillWords() {
    }

    static List<String> of(String skill) {
        return Arrays.stream(skill.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}/+#]+"))
                .filter(word -> word.length() >= 3 && !FILLER.contains(word)).toList();
    }
}
