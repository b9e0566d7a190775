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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where vendors call the portal, open to the network. {@code /hooks/{providerId}} takes webhooks
 * (POST, PUT or PATCH, as the vendor sends them; the provider checks the signature), with the body
 * read to a hard size limit before anything else happens. {@code /hooks/{providerId}/callbacks/{token}}
 * takes an invitation's callback with any method; its body is never read ({@link VendorCallbacks}).
 */
@RestController
class WebhookController {

    private final WebhookIntake intake;
    private final VendorCallbacks callbacks;
    private final FailedSignatures failedSignatures;
    private final int maxBodyBytes;

    WebhookController(WebhookIntake intake, VendorCallbacks callbacks, FailedSignatures failedSignatures,
                      @Value("${hirestage.webhooks.max-body-bytes:65536}") int maxBodyBytes) {
        this.intake = intake;
        this.callbacks = callbacks;
        this.failedSignatures = failedSignatures;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Any method: the assessment partner API sends PATCH, others POST or GET. A token the portal did not make counts as a failed signature. */
    @RequestMapping("/hooks/{providerId}/callbacks/{token}")
    ResponseEntity<Map<String, Object>> callback(@PathVariable String providerId, @PathVariable String token, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (failedSignatures.tooMany(address)) {
            return answer(WebhookReceipt.refused(429, "Too many failed signatures from this address; try again later"));
        }
        if (callbacks.called(providerId, token).isEmpty()) {
            failedSignatures.failed(providerId, address, "a callback URL the portal did not make");
            return answer(WebhookReceipt.refused(404, "No such callback"));
        }
        return ResponseEntity.accepted().body(Map.of("message", "The invitation's status is checked now"));
    }

    @RequestMapping(path = "/hooks/{providerId}", method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH})
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
