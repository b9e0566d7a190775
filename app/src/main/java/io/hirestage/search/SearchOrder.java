package io.hirestage.search;

/** One key of the order of a search's hits. */
public record SearchOrder(Sorting sorting, boolean ascending) {

    public static SearchOrder newestFirst() {
        return new SearchOrder(Sorting.ADDED, false);
    }
}
