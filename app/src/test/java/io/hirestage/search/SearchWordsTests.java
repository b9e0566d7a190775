package io.hirestage.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTests {

    @Test
    void aWordIsARunOfLettersAndDigitsWithCaseAndAccentsFolded() {
        assertThat(SearchWords.of("Zoë O'Brien-Núñez, ZÜRICH")).containsExactly("zoe", "o", "brien", "nunez", "zurich");
        assertThat(SearchWords.of("ada.lovelace+cv@example.org")).containsExactly("ada", "lovelace", "cv", "example", "org");
    }

    @Test
    void charactersWithAMeaningElsewhereOnlySeparateWords() {
        assertThat(SearchWords.of("%_\\'\".*[a-z]+?(x|y)^$")).containsExactly("a", "z", "x", "y");
        assertThat(SearchWords.of("%%% ___")).isEmpty();
    }

    @Test
    void aResumeMentionsAWordThatStartsOneOfItsWords() {
        String resume = "Led the Kafka-based event sourcing at Zürich Insurance; PostgreSQL tuning.";
        assertThat(SearchWords.mentionsAll(resume, "kafka postgres")).isTrue();
        assertThat(SearchWords.mentionsAll(resume, "ZURICH sourc")).isTrue();
        assertThat(SearchWords.mentionsAll(resume, "ourcing")).as("not inside a word").isFalse();
        assertThat(SearchWords.mentionsAll(resume, "kafka cobol")).isFalse();
        assertThat(SearchWords.mentionsAny(resume, "kafka cobol")).isTrue();
        assertThat(SearchWords.mentionsAll(resume, "%")).as("no word, nothing mentioned").isFalse();
    }
}
