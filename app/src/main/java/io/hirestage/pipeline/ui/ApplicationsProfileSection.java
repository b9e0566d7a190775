package io.hirestage.pipeline.ui;

import com.vaadin.flow.component.Component;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.ui.CandidateProfileSection;

/** The candidate's applications on their profile. */
@org.springframework.stereotype.Component
class ApplicationsProfileSection implements CandidateProfileSection {

    private final PipelineServices pipeline;

    ApplicationsProfileSection(PipelineServices pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public String title() {
        return "Applications";
    }

    @Override
    public Component create(CandidateSummary candidate) {
        return new CandidateApplications(pipeline, candidate.id());
    }
}
