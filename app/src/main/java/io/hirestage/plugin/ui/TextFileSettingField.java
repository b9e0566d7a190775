package io.hirestage.plugin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import io.hirestage.base.SafeFileName;
import io.hirestage.base.ui.LimitedUpload;
import io.hirestage.plugin.api.SettingField;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A setting that holds a text file the admin uploads (a plugin's {@code TEXT_FILE} setting, such as
 * pay bands as CSV). Its value is the file's text; the file is read as UTF-8, a byte order mark is
 * dropped, and a file that is not text is refused here, so the plugin only ever sees text. What the
 * plugin makes of the content is checked when the settings are saved.
 */
class TextFileSettingField extends CustomField<String> {

    /**
     * A megabyte: above the character limit, which is checked when the settings are saved (UTF-8 takes up
     * to 4 bytes a character, but a setting file is mostly ASCII).
     */
    private static final int MAX_BYTES = 1024 * 1024;

    private final Span summary = new Span();
    private final Button remove = new Button("Remove file");
    private String content = "";
    /** The name of the file uploaded since the settings were last saved, or {@code null}. */
    private String uploadedName;

    TextFileSettingField(String label, String stored) {
        super("");
        setLabel(label);
        Upload upload = new Upload();
        upload.setUploadHandler(LimitedUpload.of(MAX_BYTES, (fileName, bytes) -> {
            received(fileName, bytes);
            upload.clearFileList();
        }, refusal -> {
            refused(refusal);
            upload.clearFileList();
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setUploadButton(new Button("Upload file…"));
        upload.setDropLabel(new Span("or drop it here"));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig("The file is larger than " + LimitedUpload.megabytes(MAX_BYTES))));
        upload.addFileRejectedListener(event -> refused(event.getErrorMessage()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> {
            content = "";
            summary.setText("The file will be removed when you save the settings");
            remove.setVisible(false);
            updateValue();
        });
        HorizontalLayout current = new HorizontalLayout(summary, remove);
        current.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(current, upload);
        setPresentationValue(stored);
        setValue(stored);
    }

    void received(String fileName, byte[] bytes) {
        String name = SafeFileName.of(fileName, "The file");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            refused(name + " is not UTF-8 text; save it as CSV UTF-8 (or plain text) and upload it again");
            return;
        }
        if (text.indexOf('\0') >= 0) {
            refused(name + " is not a text file");
            return;
        }
        content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        uploadedName = name;
        setInvalid(false);
        summary.setText(name + " uploaded: " + lines(content) + ". Save the settings to use it.");
        remove.setVisible(true);
        updateValue();
    }

    /** The settings were saved: what was uploaded is now the file in use. */
    void saved() {
        summary.setText(inUse(content, uploadedName));
        uploadedName = null;
    }

    private static String inUse(String content, String name) {
        return content.isEmpty() ? "No file uploaded" : (name == null ? "A file is in use: " : name + " is in use: ") + lines(content);
    }

    private void refused(String reason) {
        setErrorMessage(reason.replaceAll("[.\\s]+$", "") + ". The file in use has not changed.");
        setInvalid(true);
    }

    private static String lines(String text) {
        long count = text.lines().filter(line -> !line.isBlank()).count();
        return count == 1 ? "1 line" : count + " lines";
    }

    @Override
    protected String generateModelValue() {
        return content;
    }

    /** A value set from outside (the stored file when the form is made): what is in use, nothing uploaded. */
    @Override
    protected void setPresentationValue(String value) {
        content = value == null ? "" : value;
        uploadedName = null;
        summary.setText(inUse(content, null));
        remove.setVisible(!content.isEmpty());
    }
}
