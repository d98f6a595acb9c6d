"""Issue 5's anchor: jupyter_client talking straight to ipykernel, round trips of `1+1` from
execute to the reply and the kernel back to idle (execute_interactive), as the Java side measures.
Usage: jupyter_client_bench.py WARMUP ITERATIONS -> one JSON line."""
import json
import statistics
import sys
import time

from jupyter_client.manager import start_new_kernel

warmup, iterations = int(sys.argv[1]), int(sys.argv[2])
km, kc = start_new_kernel(kernel_name="python3")
try:
    times = []
    for i in range(warmup + iterations):
        start = time.perf_counter()
        reply = kc.execute_interactive("1+1", output_hook=lambda msg: None, timeout=60)
        took = (time.perf_counter() - start) * 1000
        assert reply["content"]["status"] == "ok", reply
        if i >= warmup:
            times.append(took)
    times.sort()
    p99 = times[max(0, min(len(times) - 1, -(-99 * len(times) // 100) - 1))]
    print(json.dumps({"median_ms": statistics.median(times), "p99_ms": p99, "n": len(times)}))
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
