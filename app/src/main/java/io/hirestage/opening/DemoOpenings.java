package io.hirestage.opening;

import io.hirestage.jobrole.JobRoleView;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.security.Role;
import io.hirestage.security.RunAsSystem;
import io.hirestage.security.User;
import io.hirestage.security.UserDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode only: three Backend Lead Developer openings with the demo hiring manager, recruiter and interviewer. */
@Component
class DemoOpenings {

    private final Openings openings;
    private final OpeningRepository repository;
    private final PipelineTemplates jobRoles;
    private final UserDirectory users;
    private final Clock clock;
    private final boolean demo;

    DemoOpenings(Openings openings, OpeningRepository repository, PipelineTemplates jobRoles, UserDirectory users, Clock clock,
                 @Value("${hirestage.demo.enabled:false}") boolean demo) {
        this.openings = openings;
        this.repository = repository;
        this.jobRoles = jobRoles;
        this.users = users;
        this.clock = clock;
        this.demo = demo;
    }

    /** After start-up, once the demo users and the job role exist. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void createDemoOpenings() {
        if (!demo || repository.count() > 0) {
            return;
        }
        RunAsSystem.call(() -> {
            JobRoleView role = jobRoles.jobRoles().getFirst();
            Long manager = demoUser(Role.HIRING_MANAGER);
            Long recruiter = demoUser(Role.RECRUITER);
            Long interviewer = demoUser(Role.INTERVIEWER);
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            List.of(new DemoOpening("Payments", "London", OpeningStatus.OPEN, 2),
                    new DemoOpening("Platform", "Berlin", OpeningStatus.OPEN, 1),
                    new DemoOpening("Data", "Remote (EU)", OpeningStatus.DRAFT, 1)).forEach(demoOpening -> {
                OpeningDraft draft = new OpeningDraft();
                draft.setJobRoleId(role.id());
                draft.setTitle(role.name() + " (" + demoOpening.team() + ")");
                draft.setLocation(demoOpening.location());
                draft.setStatus(demoOpening.status());
                draft.setHeadcount(demoOpening.headcount());
                draft.setHiringManagerId(manager);
                draft.setRecruiterIds(Set.of(recruiter));
                draft.setInterviewerIds(Set.of(interviewer));
                draft.setTargetDate(today.plusMonths(3));
                openings.create(draft);
            });
            return null;
        });
    }

    private record DemoOpening(String team, String location, OpeningStatus status, int headcount) {
    }

    private Long demoUser(Role role) {
        return users.withRole(role).stream().map(User::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo mode has no user with role " + role));
    }
}
