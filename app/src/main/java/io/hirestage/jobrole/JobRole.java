package io.hirestage.jobrole;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A reusable role definition, such as Backend Lead Developer, with its pipeline template. */
@Entity
@Table(name = "job_role")
class JobRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Seniority seniority;

    @Column(name = "soc_code", length = 7)
    private String socCode;

    /** One skill per line. */
    @Column(name = "hard_skills", nullable = false, length = 2000)
    private String hardSkills;

    /** One skill per line. */
    @Column(name = "soft_skills", nullable = false, length = 2000)
    private String softSkills;

    @OneToMany(mappedBy = "jobRole", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PipelineStageTemplate> stages = new ArrayList<>();

    @Version
    private long version;

    protected JobRole() {
    }

    JobRole(String name, String summary, Seniority seniority, String socCode, List<String> hardSkills, List<String> softSkills) {
        this.name = name;
        this.summary = summary;
        this.seniority = seniority;
        this.socCode = socCode;
        this.hardSkills = String.join("\n", hardSkills);
        this.softSkills = String.join("\n", softSkills);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    long getVersion() {
        return version;
    }

    List<PipelineStageTemplate> getStages() {
        return stages;
    }

    JobRoleView toView() {
        return new JobRoleView(id, name, summary, seniority, socCode, hardSkills.lines().toList(), softSkills.lines().toList(), version);
    }
}
