scenario "page 4 GiB (issue 16: / by zero)"
machine {
    ram 64 MiB
    page 4 GiB
}
process app
app: buf = mmap anon 2 pages read write
app: write buf "x"
expect app: read buf == "x"
