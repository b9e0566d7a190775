package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.VideoInterviewProvider;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What vendors hold about a person right now, asked of each vendor through its plugin (the
 * invitation's current result), for the person's request to see their data (GDPR Art. 15): what the
 * portal stored may be older than what the vendor keeps. A vendor that cannot answer is named with
 * the reason, and the others are still asked.
 */
@Service
public class VendorDataFetch {

    private final VendorInvitationRepository invitations;
    private final ProviderCalls calls;

    VendorDataFetch(VendorInvitationRepository invitations, ProviderCalls calls) {
        this.invitations = invitations;
        this.calls = calls;
    }

    /**
     * @param requestKeys the requests that invited the person
     * @return per invitation: the provider, the vendor's id, and the vendor's answer or why there is none
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Map<String, Object>> fetch(Collection<String> requestKeys) {
        if (requestKeys.isEmpty()) {
            return List.of();
        }
        return invitations.findByRequestKeyIn(requestKeys).stream().map(invitation -> {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("provider", invitation.getProviderId());
            part.put("vendorId", invitation.getVendorId());
            try {
                part.put("vendorHolds", invitation.getOperation() == OutboundOperation.ASSESSMENT_INVITE
                        ? calls.call(invitation.getProviderId(), AssessmentProvider.class, "result",
                                provider -> provider.result(invitation.getVendorId()))
                        : calls.call(invitation.getProviderId(), VideoInterviewProvider.class, "result",
                                provider -> provider.result(invitation.getVendorId())));
            } catch (RuntimeException e) {
                part.put("notFetched", PluginCatalog.describe(e));
            }
            return part;
        }).toList();
    }
}
