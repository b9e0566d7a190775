package io.hirestage.search;

import org.apache.lucene.search.SortField;

/** The orders the candidate index can give its hits in; every one works with every filter and any words. */
public enum Sorting {
    NAME("sort_name"),
    EMAIL("sort_email"),
    LOCATION("sort_location"),
    SOURCE("sort_source"),
    ADDED("sort_added");

    private final String field;

    Sorting(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    SortField sortField(boolean ascending) {
        if (this == ADDED) {
            return new SortField(field, SortField.Type.LONG, !ascending);
        }
        SortField sort = new SortField(field, SortField.Type.STRING, !ascending);
        // Candidates without a location come last, whichever way the column is sorted.
        sort.setMissingValue(ascending ? SortField.STRING_LAST : SortField.STRING_FIRST);
        return sort;
    }

    static SortField newestIdFirst() {
        return new SortField(CandidateDocument.Fields.ID, SortField.Type.LONG, true);
    }
}
