package io.hirestage.search;

import io.hirestage.search.CandidateDocument.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** What a {@link CandidateIndexQuery} and an order mean in Lucene's terms: filters only (hits are sorted, never scored). */
final class LuceneQueries {

    private LuceneQueries() {
    }

    static Query of(CandidateIndexQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean narrowed = false;
        try {
            narrowed |= wordsIn(all, query.words(), Fields.NAME, Fields.EMAIL, Fields.RESUME);
            narrowed |= wordsIn(all, query.nameWords(), Fields.NAME);
            narrowed |= wordsIn(all, query.resumeWords(), Fields.RESUME);
        } catch (NothingToFind e) {
            return new MatchNoDocsQuery("searched text has no word");
        }
        if (CandidateIndexQuery.present(query.source())) {
            all.add(new TermQuery(new Term(Fields.SOURCE, query.source())), Occur.FILTER);
            narrowed = true;
        }
        if (CandidateIndexQuery.present(query.tag())) {
            all.add(new TermQuery(new Term(Fields.TAG, query.tag().strip().toLowerCase(Locale.ROOT))), Occur.FILTER);
            narrowed = true;
        }
        if (query.placed()) {
            String key = CandidateDocument.PlacementKeys.key(query.openingId(), blankAsNull(query.stage()), blankAsNull(query.status()));
            all.add(new TermQuery(new Term(Fields.PLACEMENT, key)), Occur.FILTER);
            narrowed = true;
        }
        return narrowed ? all.build() : new MatchAllDocsQuery();
    }

    /** Every word of the text must start a word of one of the fields. */
    private static boolean wordsIn(BooleanQuery.Builder all, String text, String... fields) {
        if (!CandidateIndexQuery.present(text)) {
            return false;
        }
        List<String> words = SearchWords.of(text);
        if (words.isEmpty()) {
            throw new NothingToFind();
        }
        for (String word : words) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : fields) {
                anyField.add(new PrefixQuery(new Term(field, word)), Occur.SHOULD);
            }
            all.add(anyField.build(), Occur.FILTER);
        }
        return true;
    }

    static Sort sort(List<SearchOrder> order) {
        List<SortField> fields = new ArrayList<>();
        order.forEach(key -> fields.add(key.sorting().sortField(key.ascending())));
        if (order.isEmpty()) {
            fields.add(Sorting.ADDED.sortField(false));
        }
        fields.add(Sorting.newestIdFirst());
        return new Sort(fields.toArray(SortField[]::new));
    }

    private static String blankAsNull(String value) {
        return CandidateIndexQuery.present(value) ? value : null;
    }

    /** Text was typed but holds no word (only punctuation): it finds no one, as a word nobody has would. */
    private static final class NothingToFind extends RuntimeException {
        NothingToFind() {
            super(null, null, false, false);
        }
    }
}
