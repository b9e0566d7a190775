package io.hirestage.plugin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PluginPreferenceRepository extends JpaRepository<PluginPreference, String> {

    List<PluginPreference> findByEnabledFalse();
}
