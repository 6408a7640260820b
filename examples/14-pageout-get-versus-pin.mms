// MADV_PAGEOUT runs the reclaim path on chosen pages: a page held only by
// get_user_pages (FOLL_GET) is unmapped into the swap cache, a FOLL_PIN-ed
// page stays mapped — exactly what the live 6.18 kernel shows
// (../shared/kernel-probe).
// Sources: 6.12 mm/madvise.c madvise_cold_or_pageout_pte_range → reclaim_pages;
//          mm/vmscan.c shrink_folio_list (folio_maybe_dma_pinned).
scenario "MADV_PAGEOUT: FOLL_GET versus FOLL_PIN"

kernel linux-5.10, linux-6.12

machine {
    ram 64 MiB
    swap 64 MiB
}

process app

app: got = mmap anon 1 page read write
app: pinbuf = mmap anon 1 page read write
app: write got "G"
app: write pinbuf "P"
app: g = get_user_pages got write
app: p = pin_user_pages pinbuf write
app: madvise got pageout
app: madvise pinbuf pageout
expect app.got[0] swapped
expect hazard pinned-swapped
expect app.pinbuf[0] present
expect app.pinbuf[0] not moved
expect app: read got == "G"
expect app.got[0] same frame as g[0]
