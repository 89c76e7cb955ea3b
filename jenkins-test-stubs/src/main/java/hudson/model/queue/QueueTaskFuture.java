package hudson.model.queue;

import hudson.model.Queue.Executable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Stub of {@code hudson.model.queue.QueueTaskFuture} (since 1.469): jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/queue/QueueTaskFuture.java">core/src/main/java/hudson/model/queue/QueueTaskFuture.java</a>
 * ({@code getStartCondition()} left out).
 */
public interface QueueTaskFuture<R extends Executable> extends Future<R> {
    /** Upstream member: short for {@code getStartCondition().get()}. */
    R waitForStart() throws InterruptedException, ExecutionException;
}
