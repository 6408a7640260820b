scenario "8000000000 GiB (issue 16: OutOfMemoryError)"
machine {
    ram 8000000000 GiB
    swap 64 MiB
}
process app
app: buf = mmap anon 2 pages read write
app: write buf "x"
expect app: read buf == "x"
