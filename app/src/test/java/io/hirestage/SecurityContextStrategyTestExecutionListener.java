package io.hirestage;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithSecurityContextTestExecutionListener;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts live in one test JVM (mock web, random port, other plugin folders),
 * and each Vaadin context installs its own security context strategy as the JVM-wide one. Before
 * each test class (its {@code @BeforeAll} work) and before each test this puts back the strategy of
 * the context the test runs in, so {@code @WithMockUser},
 * method security, the services and browserless navigation all see the same user, as they do in
 * the running portal, which has one context.
 */
public class SecurityContextStrategyTestExecutionListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useTheStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useTheStrategyOf(testContext);
    }

    private static void useTheStrategyOf(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return new WithSecurityContextTestExecutionListener().getOrder() - 1;
    }
}
