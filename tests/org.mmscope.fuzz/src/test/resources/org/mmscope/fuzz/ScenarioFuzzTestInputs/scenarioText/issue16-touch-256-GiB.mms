scenario "touch 256 GiB (issue 16: out of memory)"
machine {
    ram 64 MiB
    swap 64 MiB
}
process app
app: buf = mmap anon 256 GiB read write
app: touch buf
expect app.buf[0] present
