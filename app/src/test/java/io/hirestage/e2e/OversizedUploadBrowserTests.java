package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.ResumeView;
import io.hirestage.candidate.Resumes;
import io.hirestage.candidate.SourcingChannel;
import io.hirestage.plugin.PluginCatalog;
import io.hirestage.plugin.PluginStatus;
import io.hirestage.security.DemoUsers;
import io.hirestage.security.RunAsSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Files larger than the portal takes, posted straight to a view's upload address with the signed-in
 * person's session, as a script or a tampered browser can (the browser's own size check never runs).
 * The portal stops reading at its limit: the client gets to send only a small part of a gigabyte
 * body. The person sees why where they uploaded, and what was stored stays.
 */
@PortalOnRandomPort
class OversizedUploadBrowserTests {

    private static final Logger log = LoggerFactory.getLogger(OversizedUploadBrowserTests.class);
    private static final long GIGABYTE = 1L << 30;
    /**
     * What a client gets to send beyond what the portal reads, far below the gigabyte posted: Tomcat's 2 MB
     * read past a refusal, and the buffers of both sockets and of the client (5 to 16 MB measured).
     */
    private static final long MEGABYTES_SENT_AT_MOST = 32;

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    Candidates candidates;

    @Autowired
    Resumes resumes;

    @Autowired
    PluginCatalog plugins;

    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void waitUpTo30Seconds() {
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    void aResumeOverTenMegabytesPostedPastTheBrowserIsRefusedWhileItArrives() throws Exception {
        long candidateId = candidateWithResume();
        LoginPage.open(driver, baseUrl()).logInAs("recruiter", DemoUsers.PASSWORD);
        driver.get(baseUrl() + "/candidates/" + candidateId);
        String target = uploadTarget(By.tagName("vaadin-upload"));

        Posted declared = post(target, "huge.pdf", "application/pdf", GIGABYTE, true);
        wait.until(d -> text("#resume-upload-result").equals("huge.pdf is larger than 10 MB"));
        Posted undeclared = post(target, "endless.pdf", "application/pdf", GIGABYTE, false);
        wait.until(d -> text("#resume-upload-result").equals("endless.pdf is larger than 10 MB"));

        // A form post is refused by the servlet container's own multipart limit (Spring Boot's, 10 MB a request).
        Posted form = postAsForm(target, "form.pdf", GIGABYTE);

        log.info("Resume upload of 1 GiB: {}; the same without a declared length: {}; as a form: {}", declared, undeclared, form);
        assertThat(declared.megabytesSent()).as("a declared size over the limit is refused before reading").isLessThan(MEGABYTES_SENT_AT_MOST);
        assertThat(undeclared.megabytesSent()).as("a body without a size is refused past the limit")
                .isLessThan(10 + MEGABYTES_SENT_AT_MOST);
        assertThat(List.of(declared.status(), undeclared.status())).as("422: the file was refused").isSubsetOf(0, 422);
        assertThat(form.megabytesSent()).isLessThan(MEGABYTES_SENT_AT_MOST);
        assertThat(form.status()).as("413: the request is too large").isIn(0, 413);
        assertThat(text("#resume")).as("the stored resume is still shown").contains("before.txt");
        assertThat(RunAsSystem.call(() -> resumes.find(candidateId))).map(ResumeView::fileName).hasValue("before.txt");
    }

    @Test
    void aPluginJarOverItsLimitPostedPastTheBrowserIsRefusedWhileItArrives() throws Exception {
        List<String> before = RunAsSystem.call(() -> plugins.plugins()).stream().map(PluginStatus::id).toList();
        LoginPage.open(driver, baseUrl()).logInAs("admin", DemoUsers.PASSWORD).openPlugins();
        String target = uploadTarget(By.id("plugin-upload"));

        Posted declared = post(target, "vendor-sdk.jar", "application/java-archive", 51L * 1024 * 1024, true);
        wait.until(d -> text("#upload-result").equals("vendor-sdk.jar is larger than 50 MB; it was not installed"));
        Posted undeclared = post(target, "endless.jar", "application/java-archive", GIGABYTE, false);
        wait.until(d -> text("#upload-result").equals("endless.jar is larger than 50 MB; it was not installed"));

        log.info("Plugin upload of 51 MB: {}; 1 GiB without a declared length: {}", declared, undeclared);
        assertThat(declared.megabytesSent()).isLessThan(MEGABYTES_SENT_AT_MOST);
        assertThat(undeclared.megabytesSent()).isLessThan(50 + MEGABYTES_SENT_AT_MOST);
        assertThat(List.of(declared.status(), undeclared.status())).isSubsetOf(0, 422);
        assertThat(RunAsSystem.call(() -> plugins.plugins())).extracting(PluginStatus::id).containsExactlyElementsOf(before);
    }

    private long candidateWithResume() {
        String marker = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return RunAsSystem.call(() -> {
            CandidateDraft draft = new CandidateDraft();
            draft.setFullName("Oversized " + marker);
            draft.setEmail(marker + "@example.org");
            draft.setChannel(SourcingChannel.GITHUB);
            long id = candidates.add(draft, true).id();
            resumes.upload(id, "before.txt", "Kafka and PostgreSQL".getBytes(StandardCharsets.UTF_8));
            return id;
        });
    }

    /** The address the upload component posts its file to: the view's, with a key only this session knows. */
    private String uploadTarget(By upload) {
        WebElement component = wait.until(ExpectedConditions.presenceOfElementLocated(upload));
        return baseUrl() + "/" + wait.until(d -> component.getDomAttribute("target"));
    }

    /** What a client got to send of a body before the portal stopped it, and the status it answered (0: it closed the connection). */
    record Posted(long bytesSent, int status) {

        long megabytesSent() {
            return bytesSent / (1024 * 1024);
        }

        @Override
        public String toString() {
            return megabytesSent() + " MB sent, " + (status == 0 ? "connection closed" : "answered " + status);
        }
    }

    /**
     * Posts {@code length} bytes as the upload component does (the file as the body, its name in
     * {@code X-Filename}) with the browser's session, with the length declared or sent chunked.
     */
    private Posted post(String target, String fileName, String type, long length, boolean declareLength) throws InterruptedException {
        Zeros file = new Zeros(length);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> file);
        return send(HttpRequest.newBuilder(URI.create(target)).header("Content-Type", type).header("X-Filename", fileName)
                .POST(declareLength ? HttpRequest.BodyPublishers.fromPublisher(body, length) : body), file);
    }

    /** Posts the file as a form would, in a multipart body (the upload component never does). */
    private Posted postAsForm(String target, String fileName, long length) throws InterruptedException {
        String boundary = "b" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        Zeros file = new Zeros(length);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                Collections.enumeration(List.of(new ByteArrayInputStream(head), file, new ByteArrayInputStream(tail)))));
        return send(HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(body, head.length + length + tail.length)), file);
    }

    private Posted send(HttpRequest.Builder request, Zeros file) throws InterruptedException {
        request.header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).timeout(Duration.ofSeconds(60));
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Posted(file.sent(), status);
        } catch (IOException closed) {
            // The portal may close the connection before the client reads its answer.
            return new Posted(file.sent(), 0);
        }
    }

    /** A body of zeros that counts what the client took of it. */
    private static final class Zeros extends InputStream {

        private final long length;
        private final AtomicLong sent = new AtomicLong();

        Zeros(long length) {
            this.length = length;
        }

        long sent() {
            return sent.get();
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            long left = length - sent.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(count, left);
            Arrays.fill(buffer, offset, offset + n, (byte) 0);
            sent.addAndGet(n);
            return n;
        }
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
