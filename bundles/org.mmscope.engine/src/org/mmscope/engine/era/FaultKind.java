package org.mmscope.engine.era;

/** The FAULT_FLAG_* that matter here: a read fault, a write fault, or an unshare fault (5.19+, from GUP). */
public enum FaultKind {
    READ, WRITE, UNSHARE
}
