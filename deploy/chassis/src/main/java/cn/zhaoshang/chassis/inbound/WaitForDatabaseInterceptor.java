package cn.zhaoshang.chassis.inbound;

import cn.zhaoshang.chassis.problem.DatabaseErrors;
import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs outside {@code @Transactional} (a lower priority number runs first), so every attempt gets a fresh
 * transaction. Only an unreachable database is waited for; any other failure goes on to the dead-letter topic.
 */
@WaitForDatabase
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class WaitForDatabaseInterceptor {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    @Inject
    InboundConfig config;

    @AroundInvoke
    Object untilTheDatabaseAnswers(InvocationContext invocation) throws Exception {
        Instant giveUp = Instant.now().plus(config.waitForDatabase());
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (!DatabaseErrors.isDatabaseUnreachable(e) || Instant.now().plus(pause).isAfter(giveUp)) {
                    throw e;
                }
                Log.warnf("database unreachable while handling an event; trying again in %d ms", pause.toMillis());
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }
}
