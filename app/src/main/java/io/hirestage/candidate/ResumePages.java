package io.hirestage.candidate;

import java.util.List;

/**
 * A PDF resume's first pages as pictures the portal painted (JPEG), to read in the page.
 *
 * @param pages     the painted pages, first page first
 * @param pageCount how many pages the file has; more than {@code pages} when only the first were painted
 */
public record ResumePages(List<byte[]> pages, int pageCount) {

    public ResumePages {
        pages = List.copyOf(pages);
    }
}
