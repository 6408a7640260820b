// A driver that lets the device write into a page but drops its reference
// without set_page_dirty_lock() loses the data: the page was clean in the
// swap cache (written out earlier), the device does not dirty it, so the next
// reclaim pass frees it and the process faults the stale copy back from swap.
// Sources: 2.6.31 mm/vmscan.c shrink_page_list → __remove_mapping (clean page,
//          refcount 2 after the reference is gone); mm/memory.c do_swap_page;
//          6.12 mm/vmscan.c shrink_folio_list (same, FOLL_GET is a plain reference).
scenario "Unpin without set_page_dirty: the device's data is lost to swap"

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
kernel: reclaim                         // second pass frees the clean page
expect app.buf[0] swapped
app: touch buf                          // read fault: the page comes back clean
app: rx = get_user_pages buf            // no FOLL_WRITE: nothing is dirtied
nic: map rx from_device
nic: dma write rx "new"
expect app: read buf == "new"
nic: unmap rx
app: put_page rx                        // the driver forgets set_page_dirty_lock()
kernel: reclaim                         // clean → freed without being written
expect app.buf[0] swapped
expect frame of rx[0] free
expect app: read buf == "old"           // the device's data is gone
