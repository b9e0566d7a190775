package io.hirestage.jobrole;

import io.hirestage.plugin.ProviderUses;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The pipeline templates whose vendor stages these providers serve, for the plugin console's warnings. */
@Component
class TemplateProviderUses implements ProviderUses {

    private final JobRoleRepository jobRoles;

    TemplateProviderUses(JobRoleRepository jobRoles) {
        this.jobRoles = jobRoles;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> of(Collection<String> providerIds) {
        Set<String> wanted = Set.copyOf(providerIds);
        return jobRoles.findAllByOrderByName().stream().flatMap(role -> role.getStages().stream()
                .map(PipelineStageTemplate::toSettings)
                .filter(stage -> stage.enabled() && stage.providerId() != null && wanted.contains(stage.providerId()))
                .map(stage -> "the pipeline of " + role.getName() + " (" + stage.stage().displayName() + ")")).toList();
    }
}
