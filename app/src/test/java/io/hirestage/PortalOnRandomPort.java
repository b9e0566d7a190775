package io.hirestage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole portal on a random port with its background tasks running: for browser tests, real HTTP
 * and work done by db-scheduler. Every class with this annotation shares one application context;
 * it is the only one whose scheduler runs (test contexts share one database, see the test
 * configuration), so no other context takes its work.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"db-scheduler.enabled=true", "hirestage.vendor-results.poll-every=1s",
                "hirestage.vendor-results.poll-webhook-providers-every=3s"})
public @interface PortalOnRandomPort {
}
