// Who writes first after fork decides who keeps the DMA page in 2.6.31 — so
// the outcome depends on scheduling. 'mmscope explore' runs both orders of the
// parallel block: the parent-first order loses the device's data (the parent
// copies away from the pinned page), so explore reports a counterexample;
// 'mmscope run' executes the written order (child first), which is safe.
// In 6.12 (FOLL_PIN) the child got its own copy at fork: both orders are safe.
// Sources: 2.6.31 mm/memory.c do_wp_page, mm/swapfile.c reuse_swap_page;
//          6.12 mm/memory.c copy_present_page.
scenario "A fork race decides who keeps the DMA page"

kernel linux-2.6.31, linux-5.10, linux-6.12

machine {
    ram 64 MiB
    swap 64 MiB
}

device nic

process parent

parent: buf = mmap anon 1 page read write
parent: write buf "old"
parent: rx = pin buf write
nic: map rx from_device
parent: child = fork
parallel {
    child: write buf "kid"
    parent: write buf "new"
}
nic: dma write rx "DMA"

expect parent: read buf == "DMA"
