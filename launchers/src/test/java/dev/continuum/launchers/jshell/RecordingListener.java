package dev.continuum.launchers.jshell;

import dev.continuum.launchers.kernel.ExecutionListener;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ErrorOutput;
import dev.continuum.notebook.ExecuteResultOutput;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Keeps what one execution produced, with the thread and time each output arrived on. */
final class RecordingListener implements ExecutionListener {

    record Arrival(Output output, long nanos, String thread) {
    }

    private final List<Arrival> arrivals = new ArrayList<>();
    private final List<String> prompts = new ArrayList<>();
    private final Function<String, CompletableFuture<String>> answers;
    final CountDownLatch firstOutput = new CountDownLatch(1);

    RecordingListener() {
        this(prompt -> CompletableFuture.failedFuture(new UnsupportedOperationException("no input in this test")));
    }

    RecordingListener(Function<String, CompletableFuture<String>> answers) {
        this.answers = answers;
    }

    @Override
    public synchronized void output(Output output) {
        arrivals.add(new Arrival(output, System.nanoTime(), Thread.currentThread().getName()));
        firstOutput.countDown();
    }

    @Override
    public synchronized CompletableFuture<String> input(String prompt, boolean password) {
        prompts.add(prompt);
        return answers.apply(prompt);
    }

    synchronized List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    synchronized List<Output> outputs() {
        return arrivals.stream().map(Arrival::output).toList();
    }

    synchronized List<String> prompts() {
        return List.copyOf(prompts);
    }

    /** Everything written to {@code name} ("stdout", "stderr"), joined. */
    synchronized String stream(String name) {
        return arrivals.stream().map(Arrival::output)
                .filter(o -> o instanceof StreamOutput s && s.name().equals(name))
                .map(o -> ((StreamOutput) o).text())
                .collect(Collectors.joining());
    }

    synchronized List<DisplayDataOutput> displays() {
        return arrivals.stream().map(Arrival::output).filter(DisplayDataOutput.class::isInstance)
                .map(DisplayDataOutput.class::cast).toList();
    }

    synchronized List<ExecuteResultOutput> results() {
        return arrivals.stream().map(Arrival::output).filter(ExecuteResultOutput.class::isInstance)
                .map(ExecuteResultOutput.class::cast).toList();
    }

    synchronized List<ErrorOutput> errors() {
        return arrivals.stream().map(Arrival::output).filter(ErrorOutput.class::isInstance)
                .map(ErrorOutput.class::cast).toList();
    }

    /** The text of the only execute result. */
    synchronized String resultText() {
        List<ExecuteResultOutput> results = results();
        if (results.size() != 1) {
            throw new AssertionError("expected one execute result, got " + outputs());
        }
        return results.get(0).data().text("text/plain").orElseThrow();
    }
}
