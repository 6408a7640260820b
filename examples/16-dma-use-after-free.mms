// A driver unpins a receive buffer while the NIC still has it mapped for DMA
// (it forgot dma_unmap_sg). The frame goes back to the allocator, the next
// process that asks for a page gets it, and the NIC's next packet lands in
// that process's memory. The kernel cannot see this: it is a driver bug, and
// mmscope shows it as the hazard dma-use-after-free.
// Sources: mm/gup.c unpin_user_pages (6.12) / put_page (2.6.31) drop the last
// reference and free the frame; the device's bus address is not a reference.
scenario "The NIC writes into a frame the driver already released"

kernel linux-2.6.31, linux-5.10, linux-6.12

machine {
    ram 64 MiB
    swap 0 B
}

device nic

process app
process other

app: buf = mmap anon 1 page read write
app: write buf "rx ring"
app: rx = pin buf write
nic: map rx from_device
app: munmap buf
app: unpin rx                           // driver bug: the NIC still maps rx
expect frame of rx[0] free
other: secret = mmap anon 1 page read write
other: write secret "password"          // the allocator hands out the frame freed last
expect other.secret[0] same frame as rx[0]
nic: dma write rx "packet"
expect ok                               // a driver bug, not a crash
expect hazard dma-use-after-free
expect other: read secret == "packet"   // the packet overwrote another process's page
