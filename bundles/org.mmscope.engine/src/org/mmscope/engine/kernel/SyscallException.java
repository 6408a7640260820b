package org.mmscope.engine.kernel;

/** Thrown by a kernel path to fail the current step with an errno; the state keeps what was done before. */
public final class SyscallException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Errno errno;

    public SyscallException(Errno errno, String message) {
        super(message, null, false, false);
        this.errno = errno;
    }

    public Errno errno() {
        return errno;
    }
}
