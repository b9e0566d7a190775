package io.hirestage.jobrole;

import java.util.List;

/** A job role as views and other features see it. */
public record JobRoleView(Long id, String name, String summary, Seniority seniority, String socCode, List<String> hardSkills,
                          List<String> softSkills, long version) {

    public JobRoleView {
        hardSkills = List.copyOf(hardSkills);
        softSkills = List.copyOf(softSkills);
    }
}
