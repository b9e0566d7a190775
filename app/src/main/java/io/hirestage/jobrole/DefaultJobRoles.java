package io.hirestage.jobrole;

import io.hirestage.audit.AuditLog;
import io.hirestage.security.Role;
import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Backend Lead Developer role from the hiring guide, created once with the guide's pipeline and
 * the bundled providers, so a new portal has a complete example to copy and adjust.
 */
@Component
class DefaultJobRoles implements SmartInitializingSingleton {

    static final String BACKEND_LEAD = "Backend Lead Developer";

    private final JobRoleRepository roles;
    private final TransactionTemplate transaction;
    private final AuditLog auditLog;

    DefaultJobRoles(JobRoleRepository roles, TransactionTemplate transaction, AuditLog auditLog) {
        this.roles = roles;
        this.transaction = transaction;
        this.auditLog = auditLog;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (roles.findByName(BACKEND_LEAD).isEmpty()) {
                roles.save(backendLeadDeveloper());
                auditLog.record(PipelineTemplates.AUDIT_TYPE, BACKEND_LEAD, "created", "Created from the hiring guide");
            }
        });
    }

    private static JobRole backendLeadDeveloper() {
        JobRole role = new JobRole(BACKEND_LEAD,
                "Manages backend architecture, mentors engineers, and ensures systems run reliably at scale.",
                Seniority.LEAD, "15-1252",
                List.of("API design and system structuring", "Database modelling and query optimisation",
                        "Debugging and performance analysis", "Distributed systems understanding", "CI/CD and version control mastery"),
                List.of("Clear technical communication", "Active listening during design reviews", "Calm decision-making under pressure",
                        "Stakeholder alignment across teams", "Effective mentorship and support"));
        List<StageSettings> stages = List.of(
                new StageSettings(Stage.SOURCING, true, null, EnumSet.of(Role.RECRUITER), true),
                new StageSettings(Stage.RESUME_SCREENING, true, null, EnumSet.of(Role.RECRUITER, Role.HIRING_MANAGER), false).alertAfter(5),
                new StageSettings(Stage.SKILLS_ASSESSMENT, true, "sandbox-assessment", EnumSet.of(Role.RECRUITER), true).alertAfter(10),
                new StageSettings(Stage.VIDEO_INTERVIEW, true, "sandbox-video", EnumSet.of(Role.RECRUITER, Role.HIRING_MANAGER), true)
                        .alertAfter(10),
                new StageSettings(Stage.STRUCTURED_INTERVIEW, true, null,
                        EnumSet.of(Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER), false).alertAfter(14),
                new StageSettings(Stage.HR_FINAL_CALL, true, null, EnumSet.of(Role.RECRUITER, Role.HIRING_MANAGER), false).alertAfter(3),
                new StageSettings(Stage.OFFER, true, "bls-oews-salary", EnumSet.of(Role.RECRUITER, Role.HIRING_MANAGER), false));
        for (int position = 0; position < stages.size(); position++) {
            PipelineStageTemplate stage = new PipelineStageTemplate(role, stages.get(position).stage());
            stage.apply(stages.get(position), position);
            role.getStages().add(stage);
        }
        return role;
    }
}
