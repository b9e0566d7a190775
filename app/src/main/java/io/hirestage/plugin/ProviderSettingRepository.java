package io.hirestage.plugin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProviderSettingRepository extends JpaRepository<ProviderSetting, ProviderSetting.Key> {

    List<ProviderSetting> findByProviderId(String providerId);

    /** At once, not at the next flush: the same keys are inserted again right after (putting back refused settings). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from ProviderSetting setting where setting.providerId = :providerId")
    void deleteAllOf(String providerId);
}
