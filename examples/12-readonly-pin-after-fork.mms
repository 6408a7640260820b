// The GUP-after-fork read bug (S13): a read-only pin of a page that is
// COW-shared with a child. In 2.6.31 the pin takes the shared frame; the
// parent's next write copies away from it and the device reads stale data.
// 6.12 unshares first (FAULT_FLAG_UNSHARE) so the pinned page is the parent's
// own exclusive page, and the parent's write lands where the device reads.
// Sources: 2.6.31 mm/memory.c __get_user_pages, do_wp_page, reuse_swap_page;
//          6.12 mm/internal.h gup_must_unshare; mm/memory.c do_wp_page.
scenario "Read-only pin of a COW-shared page"

kernel linux-2.6.31, linux-5.10, linux-6.12

machine {
    ram 64 MiB
    swap 64 MiB
}

device nic

process parent

parent: buf = mmap anon 1 page read write
parent: write buf "old"
parent: child = fork
parent: tx = pin buf                      // the device will read (to_device)
nic: map tx to_device
parent: write buf "new"
expect [linux-2.6.31, linux-5.10] nic: dma read tx == "old"   // 5.10: no unshare before 5.19
expect [linux-2.6.31, linux-5.10] hazard dma-diverged
expect [linux-6.12] nic: dma read tx == "new"
expect [linux-6.12] no hazard
expect child: read buf == "old"
