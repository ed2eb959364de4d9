"""Privacy: redaction of call text, private files, purging old sessions, encrypted logs.

    redact.Redactor          -- Session(redact=...) hook: text -> (text, changed)
    redact.make_redactor     -- a Redactor from the Config (None when redaction is off)
    perms.check_private      -- warning string when a file or its folder is not private
    purge.purge_sessions     -- remove old session logs with their notes and reports
    crypto.open_log_stream   -- the file object LogWriter writes to (plain or encrypted)
    crypto.log_lines         -- the byte lines of a log for iter_log_lines (plain or .enc)

`crypto` needs the `cryptography` package and is imported only when used.
"""
