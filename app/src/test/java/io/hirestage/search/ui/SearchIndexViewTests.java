package io.hirestage.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import io.hirestage.search.CandidateIndex;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class SearchIndexViewTests extends SpringBrowserlessTest {

    @Autowired
    CandidateIndex index;

    @Test
    void anAdminSeesTheIndexRebuildsItAndSeesWhenItIsDone() {
        navigate(SearchIndexView.class);
        assertThat(find(Paragraph.class).id("index-summary").getText()).matches("[\\d,]+ candidates in the index.*");

        test(find(Button.class).id("rebuild-index")).click();

        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> !index.status().rebuilding());
        navigate(SearchIndexView.class);
        assertThat(find(Paragraph.class).id("index-summary").getText()).contains("candidates in the index; last rebuilt in");
        assertThat(find(Button.class).id("rebuild-index").isEnabled()).isTrue();
        assertThat(find(Paragraph.class).id("rebuild-progress").getText()).isEmpty();
    }
}
