package dev.continuum.bench;

import dev.continuum.launchers.jshell.JShellConfig;
import dev.continuum.launchers.jshell.JShellSession;
import dev.continuum.launchers.jupyter.JupyterKernels;
import dev.continuum.launchers.kernel.ExecuteReply;
import dev.continuum.launchers.kernel.ExecuteRequest;
import dev.continuum.launchers.kernel.ExecutionListener;
import dev.continuum.launchers.kernel.KernelSession;
import dev.continuum.notebook.Output;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Issue 5's kernel benchmark, Continuum's side: round trips of a trivial cell ({@code 1+1}) from
 * execute to the finished reply (the reply and the kernel back to idle, with the result received),
 * on a JShell session and on the ipykernel through our Jupyter client. Prints one JSON line.
 * Usage: {@code KernelBench WARMUP ITERATIONS}.
 */
public final class KernelBench {

    private KernelBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(args[0]);
        int iterations = Integer.parseInt(args[1]);
        List<Double> java;
        try (KernelSession session = JShellSession.start(JShellConfig.defaults())) {
            java = roundTrips(session, "1+1", warmup, iterations);
        }
        List<Double> python;
        try (KernelSession session = JupyterKernels.installed().start("python3")) {
            python = roundTrips(session, "1+1", warmup, iterations);
        }
        System.out.printf(Locale.ROOT, "{\"java_median_ms\": %.3f, \"java_p99_ms\": %.3f, \"python_median_ms\": %.3f, \"python_p99_ms\": %.3f, \"n\": %d}%n",
                percentile(java, 50), percentile(java, 99), percentile(python, 50), percentile(python, 99), iterations);
    }

    private static List<Double> roundTrips(KernelSession session, String code, int warmup, int iterations) throws Exception {
        List<Double> millis = new ArrayList<>();
        ExecutionListener results = new ExecutionListener() {
            @Override
            public void output(Output output) {
            }
        };
        for (int i = 0; i < warmup + iterations; i++) {
            long start = System.nanoTime();
            ExecuteReply reply = session.execute(ExecuteRequest.cell(code), results).get(60, TimeUnit.SECONDS);
            long took = System.nanoTime() - start;
            if (!reply.ok()) {
                throw new IllegalStateException("the benchmark cell failed: " + reply);
            }
            if (i >= warmup) {
                millis.add(took / 1e6);
            }
        }
        Collections.sort(millis);
        return millis;
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
