# After-call work: wrap-up, case notes, messages, quick replies, contacts.
