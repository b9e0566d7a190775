package io.hirestage.opening;

import java.util.Collection;
import java.util.Map;

/**
 * Tells the openings list how far each opening has come. The feature that holds the applications
 * provides it as a bean, so openings need not know that feature.
 */
public interface OpeningProgressSource {

    /** The progress of each of these openings; an opening without applications may be absent. */
    Map<Long, OpeningProgress> progressOf(Collection<OpeningView> openings);
}
