package io.hirestage.pipeline;

import java.util.List;

/** The reasons recruiters give most often, offered first when rejecting; any other words are fine too. */
public final class RejectReasons {

    public static final List<String> COMMON = List.of("Not enough experience for a lead role", "Skills assessment below the bar",
            "Salary expectations above the range", "Not available in time", "Another candidate was a closer fit", "No response");

    private RejectReasons() {
    }
}
