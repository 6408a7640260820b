scenario "huge ram (issue 16: Error executing EValidator)"
machine {
    ram 64 MiB
    ram 99999999999 GiB
}
process app
app: buf = mmap anon 2 pages read write
app: write buf "x"
expect app: read buf == "x"
