package io.hirestage.pipeline;

import io.hirestage.candidate.CandidateDataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The pipeline's part of a candidate's data export: each application with its activity and vendor results. */
@Component
@Order(1)
class ApplicationsData implements CandidateDataSource {

    private final Applications applications;
    private final VendorSteps vendorSteps;

    ApplicationsData(Applications applications, VendorSteps vendorSteps) {
        this.applications = applications;
        this.vendorSteps = vendorSteps;
    }

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public Object dataOf(long candidateId) {
        List<ActivityEntry> activity = applications.timeline(candidateId);
        return applications.forCandidate(candidateId).stream().map(application -> {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("application", application);
            part.put("activity", activity.stream().filter(entry -> entry.applicationId().equals(application.id())).toList());
            part.put("vendorResults", vendorSteps.forApplication(application.id()));
            return part;
        }).toList();
    }
}
