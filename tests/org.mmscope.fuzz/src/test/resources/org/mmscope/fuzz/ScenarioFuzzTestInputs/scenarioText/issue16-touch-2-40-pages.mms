scenario "touch 2^40 pages (issue 16: 5.8 GB after 120 s)"
machine {
    ram 64 MiB
}
process app
app: buf = mmap anon 1099511627776 pages read
app: touch buf
expect ok
