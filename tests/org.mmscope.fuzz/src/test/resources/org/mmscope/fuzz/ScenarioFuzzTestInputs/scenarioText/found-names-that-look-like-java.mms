scenario "names that look like Java (campaign: a false alarm of the fuzz oracle)"
kerneEValidatorl linux-2.6.31
process NullPointerException
NullPointerException: buf = mmap anon 1 page read write
Exception: write buf "For input string"
