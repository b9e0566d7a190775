package io.hirestage.opening;

import java.time.LocalDate;
import java.util.Set;

/** An opening as lists, forms and other features see it. */
public record OpeningView(Long id, Long jobRoleId, String jobRoleName, String title, String location, Long hiringManagerId,
                          String hiringManagerName, Set<Long> recruiterIds, Set<Long> interviewerIds, int headcount,
                          LocalDate targetDate, OpeningStatus status, long version) {

    public OpeningView {
        recruiterIds = Set.copyOf(recruiterIds);
        interviewerIds = Set.copyOf(interviewerIds);
    }
}
