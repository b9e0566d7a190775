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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A person the organisation may hire. */
@Entity
@Table(name = "candidate")
class Candidate implements Versioned {

    static final int OTHER_EMAILS_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "name_key", nullable = false, length = 120)
    private String nameKey;

    @Column(nullable = false, unique = true, length = 200)
    private String email;

    /** Addresses of merged duplicates, comma-separated: the person may still write from them. */
    @Column(name = "other_emails", length = OTHER_EMAILS_LENGTH)
    private String otherEmails;

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

    /** Mirrors whether the candidate has a valid talent-pool consent; the privacy feature's consents are its source. */
    @Column(name = "talent_pool_consent", nullable = false)
    private boolean talentPoolConsent;

    /** ISO 3166 code of the country whose privacy notice and retention policy apply; none for every other country's. */
    @Column(length = 2)
    private String country;

    /** When the person's data was erased; the record stays, anonymous, for statistics. */
    @Column(name = "erased_at")
    private Instant erasedAt;

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
        // An address made the main one is no longer among the others.
        String main = draft.getEmail().trim().toLowerCase();
        otherEmails = joinEmails(splitEmails(otherEmails).stream().filter(other -> !other.equals(main)).toList());
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
        country = draft.getCountry() == null || draft.getCountry().isBlank() ? null : draft.getCountry().strip().toUpperCase(Locale.ROOT);
    }

    void consentToTalentPool(boolean given) {
        talentPoolConsent = given;
    }

    /**
     * Erases the person: every personal field, keeping only what statistics need (the channel, the
     * country, when they were added). The email address becomes a placeholder, unique as the column
     * requires, that reaches nobody ({@code .invalid} is reserved, RFC 2606).
     */
    void erase(Instant now) {
        fullName = erasedName(id);
        nameKey = CandidateKeys.nameKey(fullName);
        email = "erased-" + id + "@erased.invalid";
        otherEmails = null;
        phone = null;
        phoneDigits = null;
        location = null;
        linkedinUrl = null;
        githubUrl = null;
        portfolioUrl = null;
        channelDetail = null;
        tags = "";
        talentPoolConsent = false;
        erasedAt = now;
    }

    static String erasedName(long id) {
        return "Erased candidate #" + id;
    }

    boolean isErased() {
        return erasedAt != null;
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
        otherEmails = joinEmails(mergedOtherEmails(duplicate));
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
                tagList, talentPoolConsent, country, erasedAt, createdAt, version, splitEmails(otherEmails));
    }

    /** What this record would be after taking in the duplicate, both left as they are: for the merge's preview. */
    CandidateSummary afterAbsorbing(Candidate duplicate) {
        Candidate copy = new Candidate();
        copy.id = id;
        copy.fullName = fullName;
        copy.nameKey = nameKey;
        copy.email = email;
        copy.otherEmails = otherEmails;
        copy.phone = phone;
        copy.location = location;
        copy.linkedinUrl = linkedinUrl;
        copy.githubUrl = githubUrl;
        copy.portfolioUrl = portfolioUrl;
        copy.channel = channel;
        copy.channelDetail = channelDetail;
        copy.tags = tags;
        copy.talentPoolConsent = talentPoolConsent;
        copy.country = country;
        copy.createdAt = createdAt;
        copy.version = version;
        copy.absorb(duplicate);
        return copy.toSummary();
    }

    /** This record's other addresses after taking in a duplicate's: its address and its other ones, none twice, not this one's own. */
    List<String> mergedOtherEmails(Candidate duplicate) {
        Set<String> merged = new LinkedHashSet<>(splitEmails(otherEmails));
        merged.add(duplicate.email);
        merged.addAll(splitEmails(duplicate.otherEmails));
        merged.remove(email);
        return List.copyOf(merged);
    }

    private static List<String> splitEmails(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static String joinEmails(List<String> emails) {
        if (emails.isEmpty()) {
            return null;
        }
        String joined = String.join(",", emails);
        if (joined.length() > OTHER_EMAILS_LENGTH) {
            throw new CandidateRejectedException("This person has too many email addresses to merge another record in");
        }
        return joined;
    }

    /** @return whether the tag is new to this candidate */
    boolean addTag(String tag) {
        String before = tags;
        tags = normaliseTags(tags + "," + tag);
        return !tags.equals(before);
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
