package io.hirestage.opening;

import io.hirestage.base.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import io.hirestage.jobrole.Stage;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An opening for a job role. */
@Entity
@Table(name = "opening")
class Opening implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_role_id", nullable = false)
    private Long jobRoleId;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(nullable = false, length = 120)
    private String location;

    @Column(name = "hiring_manager_id", nullable = false)
    private Long hiringManagerId;

    @Column(nullable = false)
    private int headcount;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OpeningStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opening_member", joinColumns = @JoinColumn(name = "opening_id"))
    private Set<OpeningMember> members = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opening_skipped_stage", joinColumns = @JoinColumn(name = "opening_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 40)
    private Set<Stage> skippedStages = EnumSet.noneOf(Stage.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Opening() {
    }

    Opening(Instant createdAt) {
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    OpeningStatus getStatus() {
        return status;
    }

    Long getJobRoleId() {
        return jobRoleId;
    }

    Long getHiringManagerId() {
        return hiringManagerId;
    }

    Set<Stage> getSkippedStages() {
        return skippedStages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(skippedStages);
    }

    void skip(Set<Stage> stages) {
        skippedStages.clear();
        skippedStages.addAll(stages);
    }

    /** Whether the user manages the opening or is one of its recruiters or interviewers. */
    boolean involves(Long userId) {
        return hiringManagerId.equals(userId) || members.stream().anyMatch(member -> member.getUserId().equals(userId));
    }

    void apply(OpeningDraft draft) {
        jobRoleId = draft.getJobRoleId();
        title = draft.getTitle().trim();
        location = draft.getLocation().trim();
        hiringManagerId = draft.getHiringManagerId();
        headcount = draft.getHeadcount();
        targetDate = draft.getTargetDate();
        status = draft.getStatus() == null ? OpeningStatus.DRAFT : draft.getStatus();
        members.clear();
        draft.getRecruiterIds().forEach(id -> members.add(new OpeningMember(id, OpeningMember.Part.RECRUITER)));
        draft.getInterviewerIds().forEach(id -> members.add(new OpeningMember(id, OpeningMember.Part.INTERVIEWER)));
    }

    OpeningView toView(String jobRoleName, java.util.function.Function<Long, String> names) {
        return new OpeningView(id, jobRoleId, jobRoleName, title, location, hiringManagerId, names.apply(hiringManagerId),
                idsOf(OpeningMember.Part.RECRUITER), idsOf(OpeningMember.Part.INTERVIEWER), headcount, targetDate, status, version);
    }

    private Set<Long> idsOf(OpeningMember.Part part) {
        return members.stream().filter(member -> member.getPart() == part).map(OpeningMember::getUserId).collect(Collectors.toSet());
    }
}
