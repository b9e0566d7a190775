package io.hirestage.jobrole;

import io.hirestage.plugin.ProviderKind;
import java.util.Optional;

/** The stages of a hiring pipeline, in the order of the hiring guide; three are served by vendor plugins. */
public enum Stage {
    SOURCING("Sourcing", null),
    RESUME_SCREENING("Resume screening", null),
    SKILLS_ASSESSMENT("Skills assessment", ProviderKind.ASSESSMENT),
    VIDEO_INTERVIEW("Video interview", ProviderKind.VIDEO_INTERVIEW),
    STRUCTURED_INTERVIEW("Structured interview", null),
    HR_FINAL_CALL("HR final call", null),
    /** Offers are checked against salary benchmarks from a salary data source. */
    OFFER("Offer", ProviderKind.SALARY_DATA);

    private final String displayName;
    private final ProviderKind vendorKind;

    Stage(String displayName, ProviderKind vendorKind) {
        this.displayName = displayName;
        this.vendorKind = vendorKind;
    }

    public String displayName() {
        return displayName;
    }

    /** The kind of provider that serves this stage, if a vendor does. */
    public Optional<ProviderKind> vendorKind() {
        return Optional.ofNullable(vendorKind);
    }
}
