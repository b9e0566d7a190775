package io.hirestage.plugin;

import io.hirestage.HirestageApplication;
import io.hirestage.plugin.api.PluginApi;
import io.hirestage.plugin.api.StageProvider;
import io.hirestage.plugin.benchplugin.InstantProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmarks of the plugin host, run by hand (not a test):
 * <pre>./mvnw -q -pl app test-compile exec:exec -Dexec.executable=$JAVA_HOME/bin/java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.hirestage.plugin.HostBenchmarks"</pre>
 * It prints the overhead of a provider call through the host's protections against a direct call,
 * plugin load-and-start time with 1, 10 and 50 plugins, and webhook intake throughput over HTTP.
 * Numbers from a shared 2-core machine: compare them with each other, run twice before trusting one.
 */
public final class HostBenchmarks {

    private HostBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path plugins = TestPluginJar.copyOfBundledPlugins("hirestage-bench");
        TestPluginJar.write(plugins, "instant", InstantProvider.class);
        pluginLoad();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HirestageApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:bench;MODE=MariaDB;DB_CLOSE_DELAY=-1",
                "--hirestage.plugins.dir=" + plugins, "--logging.level.root=WARN", "--db-scheduler.enabled=false",
                "--vaadin.devmode.devTools.enabled=false")) {
            callOverhead(context);
            webhookIntake(context);
        }
    }

    private static void callOverhead(ConfigurableApplicationContext context) {
        ProviderCalls calls = context.getBean(ProviderCalls.class);
        StageProvider provider = context.getBean(ProviderRegistry.class).find("instant").orElseThrow().instance();
        int direct = 2_000_000;
        int guarded = 100_000;
        for (int round = 0; round < 3; round++) {
            long sink = 0;
            long start = System.nanoTime();
            for (int i = 0; i < direct; i++) {
                sink += provider.testConnection().message().length();
            }
            double directNs = (System.nanoTime() - start) / (double) direct;
            long[] each = new long[guarded];
            for (int i = 0; i < guarded; i++) {
                long t = System.nanoTime();
                sink += calls.call("instant", StageProvider.class, "bench", StageProvider::testConnection).message().length();
                each[i] = System.nanoTime() - t;
            }
            Arrays.sort(each);
            System.out.printf("call overhead, round %d: direct %.1f ns/call; through the host mean %.1f µs, p50 %.1f µs, "
                            + "p95 %.1f µs, p99 %.1f µs (%d)%n", round + 1, directNs, mean(each) / 1000, each[guarded / 2] / 1000.0,
                    each[guarded * 95 / 100] / 1000.0, each[guarded * 99 / 100] / 1000.0, sink % 10);
        }
    }

    private static void pluginLoad() throws Exception {
        for (int count : new int[] {1, 10, 50}) {
            Path folder = Files.createTempDirectory("hirestage-load-" + count);
            for (int i = 0; i < count; i++) {
                Files.write(folder.resolve("p" + i + ".jar"),
                        TestPluginJar.bytes("bench-" + i, ">=" + PluginApi.VERSION, true, InstantProvider.class));
            }
            long[] runs = new long[7];
            for (int run = 0; run < runs.length; run++) {
                long start = System.nanoTime();
                HirestagePluginManager manager = new HirestagePluginManager(folder);
                manager.loadPlugins();
                manager.startPlugins();
                manager.getExtensions(StageProvider.class);
                runs[run] = System.nanoTime() - start;
                if (manager.getStartedPlugins().size() != count) {
                    throw new IllegalStateException("only " + manager.getStartedPlugins().size() + " started");
                }
                manager.stopPlugins();
                manager.unloadPlugins();
            }
            long[] measured = Arrays.copyOfRange(runs, 2, runs.length);
            Arrays.sort(measured);
            System.out.printf("plugin load+start+extensions, %d plugins: median %.1f ms, min %.1f ms (first, cold run %.1f ms)%n",
                    count, measured[measured.length / 2] / 1e6, measured[0] / 1e6, runs[0] / 1e6);
        }
    }

    private static void webhookIntake(ConfigurableApplicationContext context) throws Exception {
        String secret = "bench-secret";
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", "x",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        context.getBean(ProviderConsole.class).saveSettings("sandbox-assessment", Map.of("webhookSecret", secret));
        String port = context.getEnvironment().getProperty("local.server.port");
        URI hook = URI.create("http://localhost:" + port + "/hooks/sandbox-assessment");
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 0; round < 3; round++) {
            int threads = 4;
            int perThread = 1_000;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    long[] latencies = new long[perThread];
                    for (int i = 0; i < perThread; i++) {
                        String body = "event_id=" + UUID.randomUUID() + "&invitation_id=sbx-1&type=assessment.completed";
                        HttpRequest request = HttpRequest.newBuilder(hook).header("X-Sandbox-Signature", sign(secret, body))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - t0;
                        if (response.statusCode() != 202) {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                for (long latency : result.get()) {
                    all.add(latency);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("webhook intake over HTTP, round %d: %d signed events from %d clients in %.2f s = %.0f events/s; "
                            + "latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", round + 1, sorted.length, threads, seconds,
                    sorted.length / seconds, sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 95 / 100] / 1e6,
                    sorted[sorted.length * 99 / 100] / 1e6);
        }
    }

    private static String sign(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}
