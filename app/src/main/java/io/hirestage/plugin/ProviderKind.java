package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.StageProvider;
import io.hirestage.plugin.api.VideoInterviewProvider;

/** The extension points of the plugin API, with the names admins know them by. */
public enum ProviderKind {
    ASSESSMENT(AssessmentProvider.class, "Assessment provider"),
    VIDEO_INTERVIEW(VideoInterviewProvider.class, "Video interview provider"),
    SALARY_DATA(SalaryDataSource.class, "Salary data source");

    private final Class<? extends StageProvider> type;
    private final String displayName;

    ProviderKind(Class<? extends StageProvider> type, String displayName) {
        this.type = type;
        this.displayName = displayName;
    }

    Class<? extends StageProvider> type() {
        return type;
    }

    public String displayName() {
        return displayName;
    }
}
