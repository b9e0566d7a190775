package io.hirestage.plugin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderSettingRepository extends JpaRepository<ProviderSetting, ProviderSetting.Key> {

    List<ProviderSetting> findByProviderId(String providerId);
}
