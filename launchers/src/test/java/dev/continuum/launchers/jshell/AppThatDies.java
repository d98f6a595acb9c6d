package dev.continuum.launchers.jshell;

import dev.continuum.launchers.kernel.ExecuteRequest;
import java.util.concurrent.TimeUnit;

/** A stand-in app for a test: starts a kernel whose cell leaves a thread running, prints the agent's pid, waits to be killed. */
public final class AppThatDies {

    private AppThatDies() {
    }

    public static void main(String[] args) throws Exception {
        JShellSession session = JShellSession.start();
        session.execute(ExecuteRequest.cell("""
                Thread keeper = new Thread(() -> { while (true) { try { Thread.sleep(100); } catch (InterruptedException e) { } } });
                keeper.start();
                """), new RecordingListener()).get(30, TimeUnit.SECONDS);
        System.out.println("agent " + session.agentPid());
        System.out.flush();
        Thread.sleep(60_000);
    }
}
