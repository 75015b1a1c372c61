# The step of an enumeration ("First, ...", "Second, ..."), matched at a sentence's start: enumerations usually
# list aspects of one subject, a weak sign of a new one. A regular expression in verbose mode (blanks are
# ignored, "\ " is a space), matched case-insensitively.
^\W*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next)\b,?
