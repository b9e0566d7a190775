package io.hirestage.jobrole;

import io.hirestage.base.StaleCheck;
import io.hirestage.audit.AuditLog;
import io.hirestage.plugin.ProviderConsole;
import io.hirestage.plugin.ProviderSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job roles and their pipeline templates: which stages run, in which order, which provider serves
 * each vendor stage and which user roles may act on each stage.
 */
@Service
public class PipelineTemplates {

    static final String AUDIT_TYPE = "Pipeline template";

    private final JobRoleRepository roles;
    private final ProviderConsole providers;
    private final AuditLog auditLog;

    PipelineTemplates(JobRoleRepository roles, ProviderConsole providers, AuditLog auditLog) {
        this.roles = roles;
        this.providers = providers;
        this.auditLog = auditLog;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<JobRoleView> jobRoles() {
        return roles.findAllByOrderByName().stream().map(JobRole::toView).toList();
    }

    /** The role's stages in pipeline order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StageSettings> template(long jobRoleId) {
        return find(jobRoleId).getStages().stream().map(PipelineStageTemplate::toSettings).toList();
    }

    /**
     * Replaces a role's template.
     *
     * @param expectedVersion the role's version the admin edited; if someone saved in between, nothing changes
     * @param stages          every stage once, in the order the pipeline runs them
     * @throws TemplateRejectedException with what to fix
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public JobRoleView saveTemplate(long jobRoleId, long expectedVersion, List<StageSettings> stages) {
        JobRole role = roles.findForUpdate(jobRoleId).orElseThrow(() -> new TemplateRejectedException("This job role no longer exists"));
        // findForUpdate has already raised the version by one (see JobRoleRepository)
        StaleCheck.require(role.getVersion() - 1, expectedVersion, "The template of " + role.getName(), () -> null);
        check(stages);
        Map<Stage, PipelineStageTemplate> existing = role.getStages().stream()
                .collect(Collectors.toMap(PipelineStageTemplate::getStage, Function.identity()));
        for (int position = 0; position < stages.size(); position++) {
            StageSettings settings = stages.get(position);
            PipelineStageTemplate stage = existing.computeIfAbsent(settings.stage(), s -> {
                PipelineStageTemplate created = new PipelineStageTemplate(role, s);
                role.getStages().add(created);
                return created;
            });
            stage.apply(settings, position);
        }
        role.getStages().sort(Comparator.comparingInt(PipelineStageTemplate::getPosition));
        auditLog.record(AUDIT_TYPE, role.getName(), "changed", describe(stages));
        return role.toView();
    }

    private void check(List<StageSettings> stages) {
        Set<Stage> seen = EnumSet.noneOf(Stage.class);
        for (StageSettings stage : stages) {
            if (!seen.add(stage.stage())) {
                throw new TemplateRejectedException(stage.stage().displayName() + " appears twice");
            }
        }
        if (!seen.equals(EnumSet.allOf(Stage.class))) {
            throw new TemplateRejectedException("The template must list every stage, on or off");
        }
        if (stages.stream().noneMatch(StageSettings::enabled)) {
            throw new TemplateRejectedException("Turn on at least one stage");
        }
        for (StageSettings stage : stages) {
            Integer days = stage.alertAfterDays();
            if (days != null && (days < 1 || days > StageSettings.MAX_ALERT_DAYS)) {
                throw new TemplateRejectedException(StageSettings.alertAfterProblem(stage.stage().displayName()));
            }
        }
        Map<String, ProviderSummary> started = providers.providers().stream()
                .collect(Collectors.toMap(ProviderSummary::id, Function.identity()));
        for (StageSettings stage : stages) {
            if (!stage.enabled()) {
                continue;
            }
            if (stage.roles().isEmpty()) {
                throw new TemplateRejectedException("Choose who may act on " + stage.stage().displayName());
            }
            stage.stage().vendorKind().ifPresentOrElse(kind -> {
                if (stage.providerId() == null || stage.providerId().isBlank()) {
                    throw new TemplateRejectedException("Choose a provider for " + stage.stage().displayName());
                }
                ProviderSummary provider = started.get(stage.providerId());
                if (provider == null) {
                    throw new TemplateRejectedException("The provider " + stage.providerId() + " for " + stage.stage().displayName()
                            + " is not running; start its plugin or choose another");
                }
                if (provider.kind() != kind) {
                    throw new TemplateRejectedException(provider.name() + " is a " + provider.kind().displayName().toLowerCase()
                            + " and cannot serve " + stage.stage().displayName());
                }
            }, () -> {
                if (stage.providerId() != null) {
                    throw new TemplateRejectedException(stage.stage().displayName() + " is not served by a provider");
                }
            });
        }
    }

    private JobRole find(long jobRoleId) {
        return roles.findById(jobRoleId).orElseThrow(() -> new TemplateRejectedException("This job role no longer exists"));
    }

    private static String describe(List<StageSettings> stages) {
        return stages.stream().map(stage -> stage.stage().displayName() + (stage.enabled() ? "" : " (off)")
                        + (stage.skippable() ? " (openings may skip)" : "")
                        + (stage.providerId() != null ? " via " + stage.providerId() : "")
                        + (stage.alertAfterDays() != null ? " (alert after " + stage.alertAfterDays() + " days)" : ""))
                .collect(Collectors.joining(", "));
    }
}
