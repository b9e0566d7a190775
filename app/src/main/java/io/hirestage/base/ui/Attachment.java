package io.hirestage.base.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.hirestage.base.SafeFileName;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A file the browser saves rather than shows, under a name that cannot break its header: the
 * {@code Content-Disposition} is RFC 6266 with the name as {@code filename*} (UTF-8) and a quoted,
 * escaped fallback, set here because Vaadin writes an ASCII name into the header as it is.
 */
public final class Attachment {

    private Attachment() {
    }

    public static DownloadResponse of(DownloadEvent event, String fileName, String mediaType, byte[] content) {
        String name = SafeFileName.of(fileName, "download");
        event.getResponse().setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        return new DownloadResponse(new ByteArrayInputStream(content), name, mediaType, content.length);
    }
}
