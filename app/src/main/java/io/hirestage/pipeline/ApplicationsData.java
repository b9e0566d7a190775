package io.hirestage.pipeline;

import io.hirestage.candidate.CandidateDataSource;
import io.hirestage.plugin.VendorDataFetch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The pipeline's part of a candidate's data export: each application with its activity, the vendor
 * results the portal stored, and what each vendor holds now (asked through its plugin).
 */
@Component
@Order(1)
class ApplicationsData implements CandidateDataSource {

    private final Applications applications;
    private final VendorSteps vendorSteps;
    private final VendorDataFetch vendorData;

    ApplicationsData(Applications applications, VendorSteps vendorSteps, VendorDataFetch vendorData) {
        this.vendorData = vendorData;
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
            List<VendorStepView> steps = vendorSteps.forApplication(application.id());
            part.put("vendorResults", steps);
            // What the vendors hold now, asked of them: it may be more, or newer, than what the portal stored.
            part.put("atVendors", vendorData.fetch(steps.stream().map(VendorStepView::requestKey).toList()));
            return part;
        }).toList();
    }
}
