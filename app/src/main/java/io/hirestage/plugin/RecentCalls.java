package io.hirestage.plugin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The last calls to each provider, newest first; kept in memory, as a window for admins, not a log. */
@Component
class RecentCalls {

    static final int KEPT_PER_PROVIDER = 50;

    private final Map<String, Deque<CallRecord>> byProvider = new ConcurrentHashMap<>();

    void add(String providerId, CallRecord call) {
        Deque<CallRecord> calls = byProvider.computeIfAbsent(providerId, id -> new ArrayDeque<>());
        synchronized (calls) {
            calls.addFirst(call);
            while (calls.size() > KEPT_PER_PROVIDER) {
                calls.removeLast();
            }
        }
    }

    List<CallRecord> of(String providerId) {
        Deque<CallRecord> calls = byProvider.get(providerId);
        if (calls == null) {
            return List.of();
        }
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }
}
