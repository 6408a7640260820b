// pin_user_pages sets FOLL_PIN but not FOLL_TOUCH, so even a write pin does not
// mark the page dirty: the driver must unpin with unpin_user_pages_dirty_lock().
// A page swapped back in by a read fault is clean and, in 6.12, mapped writable
// (the swap entry was exclusive), so the write pin takes no fault; the device
// writes, the driver unpins, reclaim frees the clean page and the process reads
// the stale copy from swap. In 2.6.31 the pin is get_user_pages (FOLL_TOUCH
// dirties the page); in 5.10 the read swap-in maps the page read-only and the
// write pin's fault copies it (page_count 2: the swap cache), so a dirty page
// is pinned.
// Sources: 6.12 mm/gup.c pin_user_pages ("FOLL_TOUCH is not set"),
//          follow_page_pte (set_page_dirty only under FOLL_TOUCH);
//          mm/memory.c do_swap_page (exclusive → writable); mm/vmscan.c
//          shrink_folio_list → __remove_mapping (clean, refcount 2 → freed);
//          5.10 mm/memory.c do_wp_page; 2.6.31 mm/memory.c __get_user_pages.
scenario "A write pin does not dirty the page: the device's data is lost to swap"

kernel linux-2.6.31, linux-5.10, linux-6.12

machine {
    ram 64 MiB
    swap 64 MiB
}

device nic

process app

app: buf = mmap anon 1 page read write
app: write buf "old"
kernel: reclaim                         // written to swap, still in the swap cache
expect app.buf[0] swapped
app: touch buf                          // read fault: the page comes back clean
app: rx = pin buf write
nic: map rx from_device
nic: dma write rx "new"
expect app: read buf == "new"
nic: unmap rx
app: unpin rx                           // unpin_user_pages, not unpin_user_pages_dirty_lock
kernel: reclaim
expect app.buf[0] swapped
app: touch buf                          // swapped back in: from the swap cache, or read from the slot
expect [linux-2.6.31, linux-5.10] app: read buf == "new"   // FOLL_TOUCH / a COW copy: the pinned page was dirty
expect [linux-6.12] app: read buf == "old"                 // clean → freed without being written
