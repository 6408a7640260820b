// A shared file mapping under DMA. 6.12 refuses a long-term writable pin of a
// page-cache page that needs dirty tracking; a short-term pin is allowed in
// both eras. Reclaim can still unmap the pinned file page from the process
// (there is no pin check for file pages in try_to_unmap_one), but it cannot
// write or free it; the next access finds the same page in the page cache.
// Sources: 6.12 mm/gup.c check_vma_flags → writable_file_mapping_allowed;
//          mm/rmap.c try_to_unmap_one; mm/vmscan.c shrink_folio_list
//          (folio_maybe_dma_pinned → activate); 2.6.31 mm/vmscan.c pageout
//          (is_page_cache_freeable); mm/filemap.c filemap_fault.
scenario "A shared file page under DMA"

kernel linux-2.6.31, linux-5.10, linux-6.12

machine {
    ram 64 MiB
    swap 64 MiB
}

device nic

process app

app: buf = mmap file "data.bin" 1 page read write shared
app: write buf "disk"
app: lt = pin buf write longterm
expect [linux-2.6.31, linux-5.10] ok    // writable_file_mapping_allowed came with 6.5
expect [linux-6.12] error EFAULT
app: rx = pin buf write
nic: map rx from_device
nic: dma write rx "dma!"
expect app: read buf == "dma!"
kernel: reclaim
expect app.buf[0] absent                 // unmapped from the process...
expect frame of rx[0] allocated          // ...but neither written nor freed
expect app: read buf == "dma!"
expect app.buf[0] same frame as rx[0]    // the page cache still holds it
