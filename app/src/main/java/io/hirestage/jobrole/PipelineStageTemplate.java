package io.hirestage.jobrole;

import io.hirestage.security.Role;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;

/** One stage of a job role's pipeline template. */
@Entity
@Table(name = "pipeline_stage_template")
class PipelineStageTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "job_role_id")
    private JobRole jobRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Stage stage;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "provider_id", length = 60)
    private String providerId;

    @Column(nullable = false)
    private boolean skippable;

    @Column(name = "alert_after_days")
    private Integer alertAfterDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pipeline_stage_role", joinColumns = @JoinColumn(name = "stage_template_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected PipelineStageTemplate() {
    }

    PipelineStageTemplate(JobRole jobRole, Stage stage) {
        this.jobRole = jobRole;
        this.stage = stage;
    }

    Stage getStage() {
        return stage;
    }

    int getPosition() {
        return position;
    }

    void apply(StageSettings settings, int position) {
        this.position = position;
        this.enabled = settings.enabled();
        this.providerId = settings.providerId();
        this.skippable = settings.skippable();
        this.alertAfterDays = settings.alertAfterDays();
        this.roles.clear();
        this.roles.addAll(settings.roles());
    }

    StageSettings toSettings() {
        return new StageSettings(stage, enabled, providerId, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), skippable,
                alertAfterDays);
    }
}
