package io.hirestage.opening;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** What the opening form edits; the form and the service validate it with the same constraints. */
public class OpeningDraft {

    @NotNull(message = "Choose the job role")
    private Long jobRoleId;

    @NotBlank(message = "Enter a title, such as Backend Lead Developer (Payments)")
    @Size(max = 160, message = "Use at most 160 characters")
    private String title = "";

    @NotBlank(message = "Enter where the hire will work, such as London or Remote (EU)")
    @Size(max = 120, message = "Use at most 120 characters")
    private String location = "";

    @NotNull(message = "Choose the hiring manager")
    private Long hiringManagerId;

    private Set<Long> recruiterIds = new HashSet<>();

    private Set<Long> interviewerIds = new HashSet<>();

    @NotNull(message = "Enter how many people to hire")
    @Min(value = 1, message = "Hire at least one person")
    @Max(value = 100, message = "At most 100 people per opening")
    private Integer headcount = 1;

    private LocalDate targetDate;

    private OpeningStatus status = OpeningStatus.DRAFT;

    public Long getJobRoleId() {
        return jobRoleId;
    }

    public void setJobRoleId(Long jobRoleId) {
        this.jobRoleId = jobRoleId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Long getHiringManagerId() {
        return hiringManagerId;
    }

    public void setHiringManagerId(Long hiringManagerId) {
        this.hiringManagerId = hiringManagerId;
    }

    public Set<Long> getRecruiterIds() {
        return recruiterIds;
    }

    public void setRecruiterIds(Set<Long> recruiterIds) {
        this.recruiterIds = recruiterIds;
    }

    public Set<Long> getInterviewerIds() {
        return interviewerIds;
    }

    public void setInterviewerIds(Set<Long> interviewerIds) {
        this.interviewerIds = interviewerIds;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public OpeningStatus getStatus() {
        return status;
    }

    public void setStatus(OpeningStatus status) {
        this.status = status;
    }
}
