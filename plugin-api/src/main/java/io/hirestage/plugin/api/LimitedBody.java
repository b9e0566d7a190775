package io.hirestage.plugin.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body handler for {@code java.net.http.HttpClient} that collects a vendor's answer up to a
 * limit and gives up as soon as more arrives, so an answer never fills the portal's memory. The JDK's
 * own handlers read the whole body (a limiting one came only with Java 25, and plugins are built for
 * 21), and what a vendor sends is not trusted to be small. Pair it with {@code sendAsync(...).get(timeout)}:
 * a request's own timeout ends with the headers, not the body. Since API 1.1.
 *
 * <pre>{@code
 * HttpResponse<byte[]> answer = http.sendAsync(request, LimitedBody.atMost(1024 * 1024)).get(8, TimeUnit.SECONDS);
 * }</pre>
 * A body over the limit fails the exchange with {@link TooLargeException} (the cause of the
 * {@code ExecutionException}; {@link #isTooLarge} finds it however deep it is wrapped).
 */
public final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than the limit; the rest was not read. */
    public static final class TooLargeException extends IOException {

        TooLargeException(int limit) {
            super("The answer is larger than " + limit + " bytes");
        }
    }

    private final int limit;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private LimitedBody(int limit) {
        this.limit = limit;
    }

    /** A handler that reads at most {@code limit} bytes of any response. */
    public static HttpResponse.BodyHandler<byte[]> atMost(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A limit is 0 bytes or more");
        }
        return responseInfo -> new LimitedBody(limit);
    }

    /** Whether a failed exchange failed because its body was over the limit, however the failure is wrapped. */
    public static boolean isTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TooLargeException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return; // given up already; the publisher may still deliver what was in flight
        }
        for (ByteBuffer buffer : buffers) {
            if (received.size() + (long) buffer.remaining() > limit) {
                subscription.cancel();
                body.completeExceptionally(new TooLargeException(limit));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            received.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(received.toByteArray());
    }
}
