package dev.continuum.launchers.jupyter;

import dev.continuum.launchers.kernel.ExecutionListener;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.StreamOutput;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** Keeps everything an execution delivered, in order, and answers input as told. */
final class RecordingListener implements ExecutionListener {

    record Cleared(boolean waitForNext) {
    }

    record Updated(String displayId, DisplayDataOutput output) {
    }

    record Prompted(String prompt, boolean password) {
    }

    final List<Object> events = new CopyOnWriteArrayList<>();
    /** Completes when the first output arrives: the code has started running. */
    final CompletableFuture<Void> firstOutput = new CompletableFuture<>();
    private final BiFunction<String, Boolean, CompletableFuture<String>> answers;

    RecordingListener() {
        this(null);
    }

    RecordingListener(BiFunction<String, Boolean, CompletableFuture<String>> answers) {
        this.answers = answers;
    }

    @Override
    public void output(Output output) {
        events.add(output);
        firstOutput.complete(null);
    }

    @Override
    public void clearOutput(boolean wait) {
        events.add(new Cleared(wait));
    }

    @Override
    public void updateDisplay(String displayId, DisplayDataOutput output) {
        events.add(new Updated(displayId, output));
    }

    @Override
    public CompletableFuture<String> input(String prompt, boolean password) {
        events.add(new Prompted(prompt, password));
        return answers == null ? ExecutionListener.super.input(prompt, password) : answers.apply(prompt, password);
    }

    <T> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    String stream(String name) {
        return all(StreamOutput.class).stream().filter(s -> s.name().equals(name))
                .map(StreamOutput::text).collect(Collectors.joining());
    }
}
