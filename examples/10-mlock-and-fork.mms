// mlock is not inherited: the child's VMA has no VM_LOCKED, so the private
// copy the child makes on its first write is an ordinary evictable page,
// while the parent's mlocked page stays in RAM (but could still be migrated).
// Sources: 2.6.31 kernel/fork.c dup_mmap (vm_flags &= ~VM_LOCKED);
//          6.12 kernel/fork.c dup_mmap (vm_flags_clear VM_LOCKED_MASK);
//          mm/vmscan.c page_evictable / folio_evictable.
scenario "mlock and fork: the child's copy is evictable"

kernel linux-2.6.31, linux-5.10, linux-6.12

machine {
    ram 64 MiB
    swap 64 MiB
}

process parent

parent: buf = mmap anon 1 page read write
parent: mlock buf
parent: write buf "locked"
parent: child = fork
child: write buf "copy"
expect child.buf[0] not same frame as parent.buf[0]
kernel: reclaim
expect parent.buf[0] present
expect child.buf[0] swapped
kernel: migrate parent.buf
expect ok
expect parent.buf[0] moved                 // mlock keeps the page in RAM, not in place
expect parent: read buf == "locked"
expect child: read buf == "copy"
