package io.hirestage.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.WebhookEvent;
import io.hirestage.plugin.api.WebhookReceiver;
import io.hirestage.plugin.api.WebhookRejectedException;
import io.hirestage.plugin.api.WebhookRequest;
import java.util.List;

/** The webhook checks shared by the contracts of providers that implement {@link WebhookReceiver}. */
final class WebhookContract {

    private WebhookContract() {
    }

    static void check(WebhookReceiver receiver, WebhookRequest signed, String eventId, String subjectId) {
        List<WebhookEvent> events = receiver.receive(signed);
        assertThat(events).as("a correctly signed webhook yields its event").extracting(WebhookEvent::eventId).contains(eventId);
        assertThat(events).extracting(WebhookEvent::subjectId).contains(subjectId);

        assertThat(receiver.receive(signed)).as("the same delivery again yields the same event id, so the portal can ignore it")
                .extracting(WebhookEvent::eventId).isEqualTo(events.stream().map(WebhookEvent::eventId).toList());

        byte[] tamperedBody = signed.body();
        tamperedBody[tamperedBody.length - 1] ^= 1;
        WebhookRequest tampered = new WebhookRequest(signed.headers(), tamperedBody);
        assertThatThrownBy(() -> receiver.receive(tampered)).as("a body that does not match its signature")
                .isInstanceOf(WebhookRejectedException.class)
                .satisfies(e -> assertThat(((WebhookRejectedException) e).isBadSignature()).isTrue());

        WebhookRequest unsigned = new WebhookRequest(java.util.Map.of(), signed.body());
        assertThatThrownBy(() -> receiver.receive(unsigned)).as("a webhook without a signature")
                .isInstanceOf(WebhookRejectedException.class);
    }
}
