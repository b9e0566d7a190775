package io.hirestage.privacy.ui;

import com.vaadin.flow.component.Component;
import io.hirestage.candidate.CandidateDataExport;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.ui.CandidateProfileSection;
import io.hirestage.privacy.CandidateErasure;
import io.hirestage.privacy.Consents;
import org.springframework.core.annotation.Order;

/** The candidate's consents on their profile and, for admins, their data export and erasure. */
@org.springframework.stereotype.Component
@Order(100)
class PrivacyProfileSection implements CandidateProfileSection {

    private final Consents consents;
    private final CandidateDataExport export;
    private final CandidateErasure erasure;

    PrivacyProfileSection(Consents consents, CandidateDataExport export, CandidateErasure erasure) {
        this.consents = consents;
        this.export = export;
        this.erasure = erasure;
    }

    @Override
    public String title() {
        return "Privacy";
    }

    @Override
    public Component create(CandidateSummary candidate) {
        return new CandidatePrivacy(candidate, consents, export, erasure);
    }
}
