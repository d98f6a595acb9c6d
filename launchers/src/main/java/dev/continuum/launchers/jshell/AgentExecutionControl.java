package dev.continuum.launchers.jshell;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.Field;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jdk.jshell.execution.JdiExecutionControl;
import jdk.jshell.execution.RemoteExecutionControl;

/**
 * JShell's commands to the agent JVM, plus what JShell's own JDI engine does to stop a running
 * cell: through the debugger, throw the agent's stop exception into the thread running user code,
 * which stops even a loop that never looks at its interrupt flag. Unlike JShell's engine it
 * remembers whether the last invocation ended that way, since {@code JShell.eval} hides it.
 */
final class AgentExecutionControl extends JdiExecutionControl {

    private static final Set<String> USER_CODE_FRAMES = Set.of("invoke", "varValue");

    private final Object stopLock = new Object();
    private final ObjectOutput toAgent;
    private final Process process;
    private VirtualMachine vm;
    private static final long RESTOP_AFTER_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(1000);
    private boolean userCodeRunning;
    /** When the running cell was last sent a stop (0: not yet); guarded by stopLock. */
    private long lastStopNanos;
    private volatile boolean stopped;
    private volatile List<String[]> located;

    AgentExecutionControl(ObjectOutput toAgent, ObjectInput fromAgent, VirtualMachine vm, Process process) {
        super(toAgent, fromAgent);
        this.toAgent = toAgent;
        this.vm = vm;
        this.process = process;
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, EngineTerminationException, InternalException {
        synchronized (stopLock) {
            userCodeRunning = true;
            lastStopNanos = 0;
        }
        try {
            return super.invoke(className, methodName);
        } catch (StoppedException e) {
            stopped = true;
            throw e;
        } finally {
            synchronized (stopLock) {
                userCodeRunning = false;
            }
        }
    }

    /**
     * An extension command whose argument the command stream then forgets: an object stream keeps
     * every object it wrote (here, values carried into the agent) until it is reset.
     */
    void command(String command, Object arg) throws ExecutionControlException {
        try {
            extensionCommand(command, arg);
        } finally {
            if (toAgent instanceof java.io.ObjectOutputStream stream) {
                try {
                    stream.reset();
                } catch (java.io.IOException e) {
                    // the agent is gone; the next command says so
                }
            }
        }
    }

    /**
     * Where JShell keeps the variables {@code asking} asks the values of with
     * {@code JShell.varValue}: the wrapper class and field this SPI's {@link #varValue} is given,
     * one pair per call, in order. The agent is not asked (it would turn each value into text).
     */
    List<String[]> locate(Runnable asking) {
        located = new ArrayList<>();
        try {
            asking.run();
            return located;
        } finally {
            located = null;
        }
    }

    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException,
            InternalException {
        List<String[]> places = located;
        if (places != null) {
            places.add(new String[] {className, varName});
            return "";
        }
        return super.varValue(className, varName);
    }

    /** Whether an invocation was stopped since the last call; clears the mark. */
    boolean takeStopped() {
        boolean was = stopped;
        stopped = false;
        return was;
    }

    @Override
    public void stop() throws EngineTerminationException, InternalException {
        synchronized (stopLock) {
            // Two stops in quick succession (JShell's own on an interrupted input read, and the
            // session's) can land the second while the agent handles the first, outside the
            // handler's protection, and end the agent: one stop per cell, again only if the cell
            // is still running a while later (code that swallows the first).
            if (!userCodeRunning || lastStopNanos != 0 && System.nanoTime() - lastStopNanos < RESTOP_AFTER_NANOS) {
                return;
            }
            VirtualMachine machine = vm();
            machine.suspend();
            try {
                for (ThreadReference thread : machine.allThreads()) {
                    try {
                        if (stopUserCode(machine, thread)) {
                            lastStopNanos = System.nanoTime();
                            return;
                        }
                    } catch (IncompatibleThreadStateException e) {
                        // a thread that is not running Java code cannot be the cell's
                    }
                }
            } catch (Exception e) {
                throw new InternalException("could not stop the running cell: " + e);
            } finally {
                machine.resume();
            }
        }
    }

    private static boolean stopUserCode(VirtualMachine machine, ThreadReference thread) throws Exception {
        for (StackFrame frame : thread.frames()) {
            ReferenceType type = frame.location().declaringType();
            if (!type.name().equals(RemoteExecutionControl.class.getName())
                    || !USER_CODE_FRAMES.contains(frame.location().method().name())) {
                continue;
            }
            ObjectReference agent = frame.thisObject();
            Field inClientCode = type.fieldByName("inClientCode");
            Field expectingStop = type.fieldByName("expectingStop");
            Field stopException = type.fieldByName("stopException");
            if (((BooleanValue) agent.getValue(inClientCode)).value()) {
                agent.setValue(expectingStop, machine.mirrorOf(true));
                ObjectReference stop = (ObjectReference) agent.getValue(stopException);
                machine.resume();
                thread.stop(stop);
                agent.setValue(expectingStop, machine.mirrorOf(false));
            }
            return true;
        }
        return false;
    }

    /** Ends the agent JVM at once, whatever it is doing. */
    void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() {
        try {
            super.close();
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            disposeVm();
        }
    }

    private synchronized void disposeVm() {
        try {
            if (vm != null) {
                vm.dispose();
            }
        } catch (VMDisconnectedException e) {
            // already gone
        } finally {
            vm = null;
            process.destroyForcibly();
        }
    }

    @Override
    protected synchronized VirtualMachine vm() throws EngineTerminationException {
        if (vm == null) {
            throw new EngineTerminationException("the agent JVM is closed");
        }
        return vm;
    }
}
