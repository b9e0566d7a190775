package io.hirestage.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * What the index knows of one candidate, as the features describe it: the person (from the
 * candidate feature, which also says whether the candidate still exists) and where they stand in
 * the openings (from the pipeline).
 */
public final class CandidateDocument {

    private final long candidateId;
    private boolean exists;
    private String name;
    private String email;
    private List<String> otherEmails = List.of();
    private String location;
    private String source;
    private List<String> tags = List.of();
    private Instant addedAt;
    private String resume;
    private final List<String> placements = new ArrayList<>();

    CandidateDocument(long candidateId) {
        this.candidateId = candidateId;
    }

    public long candidateId() {
        return candidateId;
    }

    /** The person: a candidate never described this way no longer exists and leaves the index. */
    public CandidateDocument person(String name, String email, String location, String source, List<String> tags, Instant addedAt) {
        this.exists = true;
        this.name = name;
        this.email = email;
        this.location = location;
        this.source = source;
        this.tags = List.copyOf(tags);
        this.addedAt = addedAt;
        return this;
    }

    /** More addresses the person is found by (a merged duplicate's); the main one alone sorts. */
    public CandidateDocument otherEmails(List<String> addresses) {
        this.otherEmails = List.copyOf(addresses);
        return this;
    }

    public CandidateDocument resume(String text) {
        this.resume = text;
        return this;
    }

    /** An application of the candidate: in this opening, at this stage, with this status (names of the pipeline's values). */
    public CandidateDocument placement(long openingId, String stage, String status) {
        placements.addAll(PlacementKeys.of(openingId, stage, status));
        return this;
    }

    boolean exists() {
        return exists;
    }

    Document toLucene() {
        Document document = new Document();
        document.add(new StringField(Fields.ID, String.valueOf(candidateId), Field.Store.YES));
        document.add(new NumericDocValuesField(Fields.ID, candidateId));
        document.add(new TextField(Fields.NAME, name, Field.Store.NO));
        document.add(new TextField(Fields.EMAIL, email, Field.Store.NO));
        otherEmails.forEach(address -> document.add(new TextField(Fields.EMAIL, address, Field.Store.NO)));
        if (resume != null) {
            document.add(new TextField(Fields.RESUME, resume, Field.Store.NO));
        }
        document.add(new StringField(Fields.SOURCE, source, Field.Store.NO));
        tags.forEach(tag -> document.add(new StringField(Fields.TAG, tag.toLowerCase(Locale.ROOT), Field.Store.NO)));
        placements.forEach(key -> document.add(new StringField(Fields.PLACEMENT, key, Field.Store.NO)));
        sortable(document, Sorting.NAME, SearchWords.folded(name));
        sortable(document, Sorting.EMAIL, email.toLowerCase(Locale.ROOT));
        sortable(document, Sorting.SOURCE, source);
        if (location != null && !location.isBlank()) {
            sortable(document, Sorting.LOCATION, SearchWords.folded(location));
        }
        document.add(new NumericDocValuesField(Sorting.ADDED.field(), addedAt.toEpochMilli()));
        return document;
    }

    private static void sortable(Document document, Sorting sorting, String value) {
        document.add(new SortedDocValuesField(sorting.field(), new BytesRef(value)));
    }

    /** Names of the index's fields. */
    static final class Fields {
        static final String ID = "id";
        static final String NAME = "name";
        static final String EMAIL = "email";
        static final String RESUME = "resume";
        static final String SOURCE = "source";
        static final String TAG = "tag";
        static final String PLACEMENT = "placement";

        private Fields() {
        }
    }

    /**
     * An application is indexed under every combination of its opening, stage and status, so that a
     * filter on any of them finds candidates with one application that meets them all (not one in
     * the opening and another, elsewhere, in the stage).
     */
    static final class PlacementKeys {

        private PlacementKeys() {
        }

        static List<String> of(long openingId, String stage, String status) {
            List<String> keys = new ArrayList<>();
            for (int mask = 1; mask < 8; mask++) {
                keys.add(key((mask & 1) != 0 ? openingId : null, (mask & 2) != 0 ? stage : null, (mask & 4) != 0 ? status : null));
            }
            return keys;
        }

        static String key(Long openingId, String stage, String status) {
            StringJoiner key = new StringJoiner("|");
            key.add(openingId == null ? "" : "o" + openingId).add(stage == null ? "" : "s" + stage).add(status == null ? "" : "t" + status);
            return key.toString();
        }
    }
}
