// PlainAndOsgiAgreeTest: a file with validation errors, so both launches must print the same file:line:col messages.
scenario "mistakes"

machine {
    ram 64 MiB
}

process p

p: buf = mmap anon 1 page read write
p: write nobuf "x"
q: read buf
expect p: read buf == "x"
