package io.hirestage.candidate.ui;

import com.vaadin.flow.component.Component;
import io.hirestage.candidate.CandidateSummary;

/**
 * A part of a candidate's profile that another feature shows (the pipeline: their applications and
 * activity in all openings). Provided as a bean; the profile shows every one, in bean order, so
 * this feature needs not know the others.
 */
public interface CandidateProfileSection {

    /** The section's heading on the profile, "Applications". */
    String title();

    /** The section for this candidate, built each time the profile is shown. */
    Component create(CandidateSummary candidate);
}
