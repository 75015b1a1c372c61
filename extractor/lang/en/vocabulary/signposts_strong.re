# A speaker answering a further question, or explicitly moving on: a strong sign of a new subject
# ("On your second question", "Turning now to", "I also want to address"), matched at a sentence's start.
# A regular expression in verbose mode (blanks are ignored, "\ " is a space), matched case-insensitively.
^(?:\W*(?:and|so|now|ok(?:ay)?|well|then|finally|lastly|you\ know|i\ think)\b[\s,]*)*
(?:
    (?:on|to|regarding|about|as\ (?:for|to)|with\ regard\ to|turning\ to|coming\ to|in\ answer\ to|in\ response\ to)
        \s+(?:your|the|his|her|that|this)
        \s+(?:first|second|third|fourth|last|latter|former|other|next|final|another|follow-up|last)
        \s+(?:question|point|part|issue|topic|subject|matter)
  | (?:your|the)\s+(?:first|second|third|fourth|last|latter|former|other|next|final|another|follow-up|last)
        \s+(?:question|point|part)\b
  | you\s+(?:also\s+)?asked\s+(?:me\s+)?(?:a|about|the|another)\b
  | (?:let\s+me\s+|i'?ll\s+|i\s+will\s+)?(?:now\s+)?turn(?:ing)?\s+(?:now\s+)?to\b
  | (?:moving|going)\s+on\s+to\b
  | (?:with\ that,?\s+)?(?:i\s+|i'?d\s+|we\s+)?(?:also\s+)?
        (?:want(?:ed)?\s+to|would\s+like\s+to|like\s+to)\s+(?:also\s+)?
        (?:address|turn\s+to|touch\s+on|raise|flag|say\s+a\s+(?:few\s+words|word)\s+(?:on|about))\b
  | (?:second|secondly|third|thirdly),?\s+(?:on|about|regarding|as\ for)\b
)
