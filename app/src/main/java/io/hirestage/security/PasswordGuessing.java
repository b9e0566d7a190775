package io.hirestage.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * Whether a password is among the known ones or easy to guess, with nbvcxz (a zxcvbn port): its list
 * of the 100,000 most common passwords, English words, names, and patterns such as sequences,
 * repeats, years and keyboard rows, plus the portal's name and the user's name. The message says which
 * kinds of part made it weak, never the parts themselves: it may end up in a log.
 */
final class PasswordGuessing {

    static final String COMMON = "This password is among the most common passwords; choose another";

    /**
     * zxcvbn's "safely unguessable" line: 10^8 guesses, out of reach of guessing at the login form and
     * some protection should the hashes leak. Higher would refuse good passphrases of common words.
     */
    static final double MIN_BITS = Math.log(1e8) / Math.log(2);

    private static final String PORTAL_NAME = "hirestage";
    private static final String CONTEXT = "context";
    private static final List<Dictionary> DICTIONARIES = List.copyOf(ConfigurationBuilder.getDefaultDictionaries());
    private static final Map<String, Integer> COMMON_PASSWORDS = DICTIONARIES.stream()
            .filter(dictionary -> dictionary.getDictionaryName().equals("passwords")).findFirst().orElseThrow().getDictonary();

    private PasswordGuessing() {
    }

    /** @param username in lower case, or empty */
    static Optional<String> problemWith(String password, String username) {
        if (COMMON_PASSWORDS.containsKey(password) || COMMON_PASSWORDS.containsKey(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(COMMON);
        }
        Result result = new Nbvcxz(configuration(username)).estimate(password);
        if (result.getEntropy() >= MIN_BITS) {
            return Optional.empty();
        }
        List<Match> matches = result.getMatches();
        if (matches.size() == 1 && matches.getFirst() instanceof DictionaryMatch whole && whole.getDictionaryName().equals("passwords")) {
            return Optional.of(COMMON); // a listed password reversed or with look-alike symbols
        }
        return Optional.of(easyToGuess(matches));
    }

    private static Configuration configuration(String username) {
        DictionaryBuilder context = new DictionaryBuilder().setDictionaryName(CONTEXT).addWord(PORTAL_NAME, 1);
        for (String part : username.split("[._-]")) {
            if (part.length() >= 3) {
                context.addWord(part, 1);
            }
        }
        List<Dictionary> dictionaries = new ArrayList<>(DICTIONARIES);
        dictionaries.add(context.createDictionary());
        // Off: nbvcxz's near-miss matching calls a five-word passphrase "a common password" when four of its words are xkcd's.
        return new ConfigurationBuilder().setDictionaries(dictionaries).setDistanceCalc(false).createConfiguration();
    }

    private static String easyToGuess(List<Match> matches) {
        Map<Kind, Integer> kinds = new LinkedHashMap<>();
        for (Match match : matches) {
            Kind kind = kindOf(match);
            if (kind != null) {
                kinds.merge(kind, 1, Integer::sum);
            }
        }
        if (kinds.isEmpty()) {
            return "This password is easy to guess. Add a few unrelated words";
        }
        List<String> parts = kinds.entrySet().stream().map(entry -> entry.getValue() == 1 ? entry.getKey().one : entry.getKey().many)
                .toList();
        String listed = parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
        return "This password is easy to guess: it is built from " + listed + ". Add a few unrelated words";
    }

    private static Kind kindOf(Match match) {
        return switch (match) {
            case DictionaryMatch word -> switch (word.getDictionaryName()) {
                case "passwords" -> Kind.COMMON_PASSWORD;
                case "male_names", "female_names", "surnames" -> Kind.NAME;
                case CONTEXT -> word.getDictionaryValue().equals(PORTAL_NAME) ? Kind.PORTAL_NAME : Kind.USERNAME_PART;
                default -> Kind.WORD;
            };
            case SequenceMatch ignored -> Kind.SEQUENCE;
            case RepeatMatch ignored -> Kind.REPEAT;
            case YearMatch ignored -> Kind.YEAR;
            case DateMatch ignored -> Kind.DATE;
            case SpacialMatch ignored -> Kind.KEYBOARD;
            default -> null; // separators and random characters make a password stronger, not weaker
        };
    }

    private enum Kind {
        COMMON_PASSWORD("a common password", "common passwords"),
        WORD("a common word", "common words"),
        NAME("a common name", "common names"),
        PORTAL_NAME("the portal's name", "the portal's name"),
        USERNAME_PART("part of the user name", "parts of the user name"),
        SEQUENCE("a sequence such as abc or 123", "sequences such as abc or 123"),
        REPEAT("a repeat such as aaa", "repeats such as aaa"),
        YEAR("a year", "years"),
        DATE("a date", "dates"),
        KEYBOARD("a keyboard pattern such as qwerty", "keyboard patterns such as qwerty");

        final String one;
        final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }
}
