// Modern fix: a FOLL_PIN-ed anonymous page is copied for the child at fork
// time, so the parent keeps the page the device writes to.
// Sources: 6.12 mm/memory.c copy_present_pte / copy_present_page,
//          folio_needs_cow_for_dma; mm/gup.c mm_set_has_pinned_flag.
scenario "fork with a FOLL_PIN-ed buffer: the child gets the copy"

kernel linux-5.10, linux-6.12

machine {
    ram 64 MiB
    swap 64 MiB
}

device nic

process parent

parent: buf = mmap anon 1 page read write
parent: write buf "old"
parent: rx = pin_user_pages buf write longterm
nic: map rx from_device
expect parent.buf[0] pinned
parent: child = fork
expect parent.buf[0] not same frame as child.buf[0]
expect parent.buf[0] not moved
parent: write buf "new"
expect parent.buf[0] not moved
nic: dma write rx "packet"

expect parent: read buf == "packet"
expect child: read buf == "old"
expect no hazard
