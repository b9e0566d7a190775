package io.hirestage.pipeline.ui;

import io.hirestage.pipeline.ApplicationNotes;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.PipelineBoard;
import io.hirestage.pipeline.PipelineFeed;
import io.hirestage.pipeline.VendorSteps;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.opening.Openings;
import io.hirestage.security.UserDirectory;
import org.springframework.stereotype.Component;

/** The services the board and the application panel work with, handed around as one. */
@Component
record PipelineServices(Applications applications, ApplicationNotes notes, PipelineBoard board, VendorSteps vendorSteps, Openings openings,
                               PipelineTemplates jobRoles, UserDirectory users, PipelineFeed feed) {
}
