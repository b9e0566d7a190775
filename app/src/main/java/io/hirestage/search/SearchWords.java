package io.hirestage.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * What a word is, in every search of the portal: a run of letters and digits, case and accents
 * folded ("Zoë O'Brien-Núñez" is zoe, o, brien, nunez). Everything else (spaces, punctuation, {@code %},
 * {@code _}, quotes, regular-expression characters) only separates words, so no character a person
 * types has a special meaning. A searched word matches a word that starts with it.
 */
public final class SearchWords {

    /** The analyzer of the index and of every searched text: they must be the same. */
    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
            TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
            return new TokenStreamComponents(words, folded);
        }
    };

    private SearchWords() {
    }

    /** The words of a text, in order, folded. */
    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading words from a string cannot fail", e);
        }
        return words;
    }

    /** The words of a text in one string, separated by single spaces: the form names are sorted and compared by. */
    public static String folded(String text) {
        return String.join(" ", of(text));
    }

    /** Whether any searched word starts a word of the text, as the index matches a word: for a single text at hand (a resume on screen). */
    public static boolean mentionsAny(String text, String searched) {
        TreeSet<String> words = new TreeSet<>(of(text));
        return of(searched).stream().anyMatch(word -> startsAWord(words, word));
    }

    /** Whether every searched word starts a word of the text: a short list filtered on screen (openings) as the index would. */
    public static boolean mentionsAll(String text, String searched) {
        TreeSet<String> words = new TreeSet<>(of(text));
        return of(searched).stream().allMatch(word -> startsAWord(words, word));
    }

    private static boolean startsAWord(TreeSet<String> words, String prefix) {
        String next = words.ceiling(prefix);
        return next != null && next.startsWith(prefix);
    }
}
