scenario "20 digits (issue 16: For input string)"
machine {
    ram 64 MiB
    swap 99999999999999999999 MiB
}
process app
app: buf = mmap anon 2 pages read write
app: write buf "x"
expect app: read buf == "x"
