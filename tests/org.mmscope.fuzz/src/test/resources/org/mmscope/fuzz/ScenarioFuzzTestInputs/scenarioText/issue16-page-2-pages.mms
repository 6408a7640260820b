scenario "page 2 pages (issue 16: accepted and ignored)"
machine {
    ram 64 MiB
    page 2 pages
}
process app
app: buf = mmap anon 2 pages read write
app: write buf "x"
expect app: read buf == "x"
