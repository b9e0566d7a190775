package io.hirestage.candidate;

import io.hirestage.base.Countries;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the candidate form edits; the form and the service validate it with the same constraints. */
public class CandidateDraft {

    public static final String INVALID_EMAIL = "Enter a valid email address, such as ada@example.org";
    public static final String INVALID_PHONE = "Enter a phone number of 7 to 15 digits, such as +44 20 7946 0958";
    public static final String INVALID_URL = "Enter a web address starting with https://";

    @NotBlank(message = "Enter the candidate's name")
    @Size(max = 120, message = "Use at most 120 characters")
    private String fullName = "";

    @NotBlank(message = "Enter an email address")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = INVALID_EMAIL)
    @Size(max = 200, message = "Use at most 200 characters")
    private String email = "";

    @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{7,30}$", message = INVALID_PHONE)
    private String phone = "";

    @Size(max = 120, message = "Use at most 120 characters")
    private String location = "";

    @Pattern(regexp = "^$|^https?://\\S+$", message = INVALID_URL)
    @Size(max = 300, message = "Use at most 300 characters")
    private String linkedinUrl = "";

    @Pattern(regexp = "^$|^https?://\\S+$", message = INVALID_URL)
    @Size(max = 300, message = "Use at most 300 characters")
    private String githubUrl = "";

    @Pattern(regexp = "^$|^https?://\\S+$", message = INVALID_URL)
    @Size(max = 300, message = "Use at most 300 characters")
    private String portfolioUrl = "";

    /** None until the recruiter chooses: a guessed default would spoil the statistics of where hires come from. */
    @NotNull(message = "Choose where the candidate was found")
    private SourcingChannel channel;

    @Size(max = 120, message = "Use at most 120 characters")
    private String channelDetail = "";

    @Size(max = 500, message = "Use at most 500 characters")
    private String tags = "";

    /** Ticked when the candidate is added: they agreed to be kept in the talent pool (recorded as a consent). */
    private boolean talentPoolConsent;

    @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "Choose a country from the list")
    private String country = "";

    /** An ISO 3166 country, as the list offers them. */
    @AssertTrue(message = "Choose a country from the list")
    public boolean isCountryKnown() {
        return country == null || country.isBlank() || Countries.isKnown(country);
    }

    /** A referral names its referrer, and another channel its name. */
    @AssertTrue(message = "Name the referrer or the channel")
    public boolean isChannelDetailGiven() {
        return channel == null || !channel.needsDetail() || (channelDetail != null && !channelDetail.isBlank());
    }

    /** A phone number has 7 to 15 digits, whatever the separators. */
    @AssertTrue(message = INVALID_PHONE)
    public boolean isPhoneDigitCountValid() {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.isEmpty() || (digits.length() >= 7 && digits.length() <= 15);
    }

    /** The candidate's details as they stand, to edit. */
    public static CandidateDraft of(CandidateSummary candidate) {
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName(candidate.fullName());
        draft.setEmail(candidate.email());
        draft.setPhone(candidate.phone());
        draft.setLocation(candidate.location());
        draft.setLinkedinUrl(candidate.linkedinUrl());
        draft.setGithubUrl(candidate.githubUrl());
        draft.setPortfolioUrl(candidate.portfolioUrl());
        draft.setChannel(candidate.channel());
        draft.setChannelDetail(candidate.channelDetail());
        draft.setTags(String.join(", ", candidate.tags()));
        draft.setTalentPoolConsent(candidate.talentPoolConsent());
        draft.setCountry(candidate.country());
        return draft;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public void setLinkedinUrl(String linkedinUrl) {
        this.linkedinUrl = linkedinUrl;
    }

    public String getGithubUrl() {
        return githubUrl;
    }

    public void setGithubUrl(String githubUrl) {
        this.githubUrl = githubUrl;
    }

    public String getPortfolioUrl() {
        return portfolioUrl;
    }

    public void setPortfolioUrl(String portfolioUrl) {
        this.portfolioUrl = portfolioUrl;
    }

    public SourcingChannel getChannel() {
        return channel;
    }

    public void setChannel(SourcingChannel channel) {
        this.channel = channel;
    }

    public String getChannelDetail() {
        return channelDetail;
    }

    public void setChannelDetail(String channelDetail) {
        this.channelDetail = channelDetail;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null ? "" : country;
    }

    public boolean isTalentPoolConsent() {
        return talentPoolConsent;
    }

    public void setTalentPoolConsent(boolean talentPoolConsent) {
        this.talentPoolConsent = talentPoolConsent;
    }
}
