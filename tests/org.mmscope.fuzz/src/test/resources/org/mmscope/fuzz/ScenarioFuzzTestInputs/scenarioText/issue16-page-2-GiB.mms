scenario "page 2 GiB (issue 16: truncated to an int)"
machine {
    ram 64 MiB
    page 2 GiB
}
process app
app: buf = mmap anon 2 pages read write
app: write buf "x"
expect app: read buf == "x"
