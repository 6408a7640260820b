package org.mmscope.engine.kernel;

/** The errno-like outcome of a failed step, as the kernel (or the CPU, for signals) reports it. */
public enum Errno {
    EAGAIN, EBUSY, ENOMEM, EFAULT, EINTR, EINVAL, ESRCH, EPERM, EIO, ENODEV, EOPNOTSUPP, SIGSEGV, SIGBUS;
}
