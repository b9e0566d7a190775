package io.hirestage.candidate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.SourcingChannel;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class CandidateViewTests extends SpringBrowserlessTest {

    @Autowired
    Candidates candidates;

    @Test
    void aResumeUploadedOnTheProfileShowsTheSkillsItMentionsAndABadFileIsExplained() {
        String marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName("Profile " + marker);
        draft.setEmail(marker + "@example.org");
        draft.setChannel(SourcingChannel.GITHUB);
        long id = candidates.add(draft, true).id();

        CandidateView view = navigate(CandidateView.class, id);
        assertThat(find(Div.class).id("resume").getElement().getTextRecursively()).contains("No resume yet");

        view.upload("cv.txt", "Ten years of API design, Kafka and database modelling".getBytes(StandardCharsets.UTF_8));

        assertThat(find(Paragraph.class).withClassName("skills-mentioned").first().getText())
                .startsWith("Backend Lead Developer: mentions 2 of 5 skills: API design and system structuring; "
                        + "Database modelling and query optimisation");

        view.upload("photo.pdf", "not really a pdf".getBytes(StandardCharsets.UTF_8));
        Span problem = find(Span.class).id("resume-upload-result");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("is named .pdf but its content is text");
        assertThat(find(Div.class).id("resume").getElement().getTextRecursively()).as("the earlier resume stays").contains("cv.txt");
    }
}
