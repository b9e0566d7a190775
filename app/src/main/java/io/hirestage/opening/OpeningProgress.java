package io.hirestage.opening;

import io.hirestage.jobrole.Stage;
import java.util.Map;

/**
 * How far an opening has come, as far as the person looking may see: its active candidates in each
 * stage (stages without any are absent) and the people hired.
 */
public record OpeningProgress(Map<Stage, Long> activePerStage, long hired) {

    public static final OpeningProgress NONE = new OpeningProgress(Map.of(), 0);

    public OpeningProgress {
        activePerStage = Map.copyOf(activePerStage);
    }

    public long active() {
        return activePerStage.values().stream().mapToLong(Long::longValue).sum();
    }
}
