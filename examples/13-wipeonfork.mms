// MADV_WIPEONFORK (4.14+): the child gets the VMA but no pages, so a DMA
// buffer never becomes COW-shared; the parent keeps its pinned page.
// Sources: 6.12 mm/madvise.c madvise_vma_behavior (VM_WIPEONFORK);
//          kernel/fork.c dup_mmap (no page-table copy for VM_WIPEONFORK).
scenario "MADV_WIPEONFORK keeps a pinned buffer out of the child"

kernel linux-5.10, linux-6.12

machine {
    ram 64 MiB
    swap 64 MiB
}

device nic

process parent

parent: buf = mmap anon 1 page read write
parent: write buf "secret"
parent: rx = pin_user_pages buf write
nic: map rx from_device
parent: madvise buf wipeonfork
parent: child = fork
expect child.buf[0] absent
expect child: read buf == ""
nic: dma write rx "packet"
expect parent: read buf == "packet"
expect parent.buf[0] same frame as rx[0]
expect no hazard
