/**
 * The Java kernel: {@link dev.continuum.launchers.jshell.JShellSession} runs notebook cells with
 * JShell, compiling in the app and executing in a separate agent JVM.
 *
 * <p>How it fits together:
 * <ul>
 *   <li><b>Agent JVM.</b> {@code AgentLauncher} starts it as JShell's {@code jdi:launch(true)} engine
 *       does (JDI command-line launch, so {@code interrupt()} can throw a stop into even a tight
 *       loop), from a chosen Java home, with {@code -Djava.awt.headless=true}, the configured
 *       options, and a class path of a small jar holding only the {@code agent} package. Cells
 *       compile against that class path, not the app's ({@code IsolatedClassPathFileManager}).</li>
 *   <li><b>Side channel.</b> {@code display(...)} writes length-prefixed frames to one more named
 *       stream multiplexed over JShell's own socket, beside {@code out} and {@code err}. One socket
 *       keeps displays in order with prints and needs no extra port; the frame layout is on
 *       {@link dev.continuum.launchers.jshell.agent.Display}.</li>
 *   <li><b>Threads.</b> Requests queue on the session thread (JShell is not thread-safe); outputs,
 *       input requests and status changes reach listeners on a second session thread, in order;
 *       JShell's reader thread feeds both and waits on the listener while a cell reads stdin.</li>
 *   <li><b>A cell.</b> {@code %maven}/{@code %classpath} lines at its top first, then snippets cut with
 *       {@code analyzeCompletion} and evaluated in order until one fails; errors name the cell's own
 *       lines ({@code CellRunner}, {@code ErrorOutputs}, {@code SnippetOrigins}).</li>
 * </ul>
 */
package dev.continuum.launchers.jshell;
