package io.hirestage.base.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.hirestage.base.SafeFileName;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload handler that refuses a file over its limit while it arrives, so a body larger than the
 * limit is never read whole. The upload component's own limit ({@code Upload.setMaxFileSize}) is
 * checked only in the browser, and Vaadin's own handlers read whatever is posted
 * ({@code getRequestSizeMax()} is -1, and applies to multipart requests only).
 * <p>
 * A declared size over the limit is refused before a byte is read; a body that keeps coming (no
 * declared size, chunked) is refused at the first byte past the limit. The server then stops reading:
 * the response says 422 and the servlet container closes the connection. At most the limit is held
 * in memory. Both callbacks run with the UI locked, as Vaadin's own handlers do.
 */
public final class LimitedUpload implements UploadHandler {

    private final int maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableConsumer<String> refused;

    private LimitedUpload(int maxBytes, SerializableBiConsumer<String, byte[]> received, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    /**
     * @param received the file's name as uploaded and its content, at most {@code maxBytes}
     * @param refused  why a file was refused, for the person who uploaded it ("cv.pdf is larger than 10 MB")
     */
    public static LimitedUpload of(int maxBytes, SerializableBiConsumer<String, byte[]> received, SerializableConsumer<String> refused) {
        return new LimitedUpload(maxBytes, received, refused);
    }

    /** "10 MB": the limit as the person reads it. */
    public static String megabytes(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] content;
        try (InputStream body = event.getInputStream()) {
            content = body.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            refuse(event);
            return;
        }
        String fileName = event.getFileName();
        event.getUI().access(() -> received.accept(fileName, content));
    }

    private void refuse(UploadEvent event) {
        String message = SafeFileName.of(event.getFileName(), "The file") + " is larger than " + megabytes(maxBytes);
        event.reject(message);
        event.getUI().access(() -> refused.accept(message));
    }

    /** Vaadin checks these for multipart requests (after the servlet container has parsed them within its own limits). */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        // Room for the multipart boundaries and headers around the one file.
        return maxBytes + 64 * 1024L;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
