package io.hirestage.plugin;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /hooks/{providerId}}: where vendors send webhooks. Open to the network (the provider
 * checks the signature), so the body is read with a hard size limit before anything else happens.
 */
@RestController
class WebhookController {

    private final WebhookIntake intake;
    private final int maxBodyBytes;

    WebhookController(WebhookIntake intake, @Value("${hirestage.webhooks.max-body-bytes:65536}") int maxBodyBytes) {
        this.intake = intake;
        this.maxBodyBytes = maxBodyBytes;
    }

    @PostMapping("/hooks/{providerId}")
    ResponseEntity<Map<String, Object>> receive(@PathVariable String providerId, HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            return answer(WebhookReceipt.refused(413, "The body is larger than " + maxBodyBytes + " bytes"));
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            return answer(WebhookReceipt.refused(413, "The body is larger than " + maxBodyBytes + " bytes"));
        }
        return answer(intake.receive(providerId, request.getRemoteAddr(), headers(request), body));
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private static ResponseEntity<Map<String, Object>> answer(WebhookReceipt receipt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", receipt.message());
        if (receipt.status() == 202) {
            body.put("accepted", receipt.accepted());
            body.put("duplicates", receipt.duplicates());
        }
        return ResponseEntity.status(receipt.status()).body(body);
    }
}
