package io.hirestage.candidate;

import io.hirestage.base.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A person the organisation may hire. */
@Entity
@Table(name = "candidate")
class Candidate implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "name_key", nullable = false, length = 120)
    private String nameKey;

    @Column(nullable = false, unique = true, length = 200)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(name = "phone_digits", length = 40)
    private String phoneDigits;

    @Column(length = 120)
    private String location;

    @Column(name = "linkedin_url", length = 300)
    private String linkedinUrl;

    @Column(name = "github_url", length = 300)
    private String githubUrl;

    @Column(name = "portfolio_url", length = 300)
    private String portfolioUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SourcingChannel channel;

    @Column(name = "channel_detail", length = 120)
    private String channelDetail;

    /** Comma separated, lower case. */
    @Column(nullable = false, length = 500)
    private String tags;

    @Column(name = "talent_pool_consent", nullable = false)
    private boolean talentPoolConsent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Candidate() {
    }

    Candidate(CandidateDraft draft, Instant createdAt) {
        this.createdAt = createdAt;
        apply(draft);
    }

    void apply(CandidateDraft draft) {
        fullName = draft.getFullName().trim();
        nameKey = CandidateKeys.nameKey(fullName);
        email = draft.getEmail().trim().toLowerCase();
        phone = blankToNull(draft.getPhone());
        phoneDigits = CandidateKeys.phoneDigits(phone);
        location = blankToNull(draft.getLocation());
        linkedinUrl = blankToNull(draft.getLinkedinUrl());
        githubUrl = blankToNull(draft.getGithubUrl());
        portfolioUrl = blankToNull(draft.getPortfolioUrl());
        channel = draft.getChannel();
        channelDetail = channel.needsDetail() ? blankToNull(draft.getChannelDetail()) : null;
        tags = normaliseTags(draft.getTags());
        talentPoolConsent = draft.isTalentPoolConsent();
    }

    @Override
    public long getVersion() {
        return version;
    }

    Long getId() {
        return id;
    }

    String getFullName() {
        return fullName;
    }

    /**
     * Takes what a duplicate record of the same person knows and this one does not: contact details,
     * links, tags, and talent-pool consent if they gave it there.
     */
    void absorb(Candidate duplicate) {
        phone = phone != null ? phone : duplicate.phone;
        phoneDigits = CandidateKeys.phoneDigits(phone);
        location = location != null ? location : duplicate.location;
        linkedinUrl = linkedinUrl != null ? linkedinUrl : duplicate.linkedinUrl;
        githubUrl = githubUrl != null ? githubUrl : duplicate.githubUrl;
        portfolioUrl = portfolioUrl != null ? portfolioUrl : duplicate.portfolioUrl;
        tags = normaliseTags(tags + "," + duplicate.tags);
        talentPoolConsent = talentPoolConsent || duplicate.talentPoolConsent;
    }

    CandidateSummary toSummary() {
        List<String> tagList = tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
        return new CandidateSummary(id, fullName, email, phone, location, linkedinUrl, githubUrl, portfolioUrl, channel, channelDetail,
                tagList, talentPoolConsent, createdAt, version);
    }

    static String normaliseTags(String tags) {
        if (tags == null) {
            return "";
        }
        return Arrays.stream(tags.split(",")).map(tag -> tag.trim().toLowerCase()).filter(tag -> !tag.isEmpty()).distinct()
                .sorted().reduce((a, b) -> a + "," + b).orElse("");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
