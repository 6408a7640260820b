scenario "1 PiB machine (issue 16: 92 s to boot)"
machine {
    ram 1048576 GiB
    zone normal 1048576 GiB
}
process app
app: buf = mmap anon 2 pages read write
app: write buf "x"
expect app: read buf == "x"
