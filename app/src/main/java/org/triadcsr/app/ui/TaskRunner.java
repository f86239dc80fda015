package org.triadcsr.app.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the UI thread and hands the result back on it. View models take this interface, so tests run
 * them synchronously and the UI thread never waits on SQLite or pack loading.
 */
public interface TaskRunner {
    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** For tests and the command line: runs at once on the calling thread. */
    TaskRunner DIRECT = new TaskRunner() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                onError.accept(e);
                return;
            }
            onDone.accept(result);
        }
    };
}
