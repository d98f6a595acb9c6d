package dev.continuum.launchers.kernel;

/**
 * One {@code execute_request}. {@code silent} runs without outputs or a count; {@code storeHistory}
 * false runs without increasing the count; {@code allowStdin} false makes input requests fail.
 */
public record ExecuteRequest(String code, boolean silent, boolean storeHistory, boolean allowStdin, boolean stopOnError) {

    /** A cell run as a notebook runs it. */
    public static ExecuteRequest cell(String code) {
        return new ExecuteRequest(code, false, true, true, true);
    }
}
