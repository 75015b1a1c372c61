# A question that says it continues the previous one ("following up on that", "along the same lines",
# "just to follow up"), found anywhere in its opening. A regular expression in verbose mode (blanks are
# ignored, "\ " is a space), matched case-insensitively.
\b(?:follow(?:ing)?[\s-]*up\s+(?:on|to)\s+(?:that|this|the\ (?:last|previous)|(?:\w+'s)\s+question)
  |(?:on|along)\s+(?:the\s+)?same\s+(?:lines?|subject|topic|theme|issue|point)
  |(?:just\s+)?to\s+follow\s+up\b(?!\s+(?:from|on)\s+your\s+(?:message|remarks|statement|opening))
    # "to follow up on the housing question" names the subject it goes back to, which may be any earlier one.
    (?!\s+on\s+the\s+(?!last\b|previous\b|same\b|latter\b|former\b|other\b)\w+\s+\w+))
