// The 2009 thread's own point: mlock does not pin. A driver that mlocks the
// buffer, takes a get_user_pages reference, drops it too early (put_page) and
// lets the device DMA later is safe only as long as nothing moves the page.
// 'mmscope run' runs the written order, where nothing does: the device's
// bytes land in the page the process still maps (the early put_page is
// already a dma-use-after-free hazard). 'mmscope explore --with migrate'
// inserts a migration before each step and finds the schedule where the page
// migrates between the put_page and the DMA: mlocked pages are migratable
// (2.6.31 mm/migrate.c: unmap_and_move → try_to_unmap(page, TTU_MIGRATION |
// TTU_IGNORE_MLOCK | ...); 6.12 mm/compaction.c: compact_zone isolates
// unevictable folios while compact_unevictable_allowed, the default, and
// mm/rmap.c: try_to_migrate_one has no VM_LOCKED check), so the process maps
// a new frame and the device writes into the old one — the read sees "old".
scenario "mlock does not pin: a migration between put_page and the DMA"

kernel linux-2.6.31, linux-5.10, linux-6.12

machine {
    ram 64 MiB
    swap 64 MiB
}

device nic

process app

app: buf = mmap anon 1 page read write
app: write buf "old"
app: mlock buf
app: rx = get_user_pages buf write
nic: map rx from_device
app: put_page rx
nic: dma write rx "DMA"

expect app: read buf == "DMA"
expect hazard dma-use-after-free
