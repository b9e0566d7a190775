package io.hirestage.candidate;

import io.hirestage.search.SearchWords;
import java.util.stream.Collectors;

/** The normalised forms duplicate detection compares: one place, used when storing and when searching. */
final class CandidateKeys {

    private CandidateKeys() {
    }

    /** "Lovelace, Ada", "ada  LOVELACE" and "Adá Lovelace" all become "ada lovelace": the words of search, sorted. */
    static String nameKey(String fullName) {
        return SearchWords.of(fullName).stream().sorted()
                .collect(Collectors.joining(" "));
    }

    /** "+44 20 7946-0958" and "0044 20 79460958" share their last ten digits, "2079460958". */
    static String phoneDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }
}
