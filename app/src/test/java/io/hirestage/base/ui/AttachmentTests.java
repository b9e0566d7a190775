package io.hirestage.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.ContentDisposition;

class AttachmentTests {

    @Test
    void theBrowserSavesTheFileUnderItsWholeNameWhateverTheUploaderCalledIt() {
        assertThat(savedAs("cv.exe\"; x=\".txt")).isEqualTo("cv.exe__ x=_.txt");
        assertThat(savedAs("Lebenslauf Groß.pdf")).isEqualTo("Lebenslauf Groß.pdf");
        assertThat(header("cv\r\nSet-Cookie: a=b.txt")).doesNotContain("\r", "\n");
        assertThat(header("Lebenslauf Groß.pdf")).contains("filename*=UTF-8''Lebenslauf%20Gro%C3%9F.pdf");
    }

    /** The name a browser reads from the header, parsed as RFC 6266 says (filename* wins). */
    private static String savedAs(String name) {
        return ContentDisposition.parse(header(name)).getFilename();
    }

    private static String header(String name) {
        VaadinResponse response = mock(VaadinResponse.class);
        DownloadEvent event = new DownloadEvent(null, response, null, null);
        Attachment.of(event, name, "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        ArgumentCaptor<String> value = ArgumentCaptor.forClass(String.class);
        verify(response).setHeader(org.mockito.ArgumentMatchers.eq("Content-Disposition"), value.capture());
        return value.getValue();
    }
}
